import Foundation
import Glibc

/// A hall's snapshots: the files `snapshot-<seq>.bin` in the data folder's `snapshots/`,
/// each written once, atomically (see `DurableFiles.replaceFile`), the oldest removed as
/// newer ones are kept. What the bytes are and how they are bound to the log is
/// `SnapshotStorage`'s. A `snapshot.json` left by a version before format 4 is reported
/// and removed with the next write.
public struct SnapshotStore: SnapshotStorage, Sendable {
    /// The steps of a write, in order, for crash tests to stop between.
    public typealias WriteStep = ReplaceStep

    public let folder: URL
    /// Called after each step of `keep`. Only the crash tests use it (`logstress` kills
    /// itself there); it lets them prove a crash at any step leaves the old or new snapshot.
    public var afterStep: (@Sendable (WriteStep) -> Void)?

    public init(folder: URL) {
        self.folder = folder
    }

    /// The file holding the snapshot at `seq`.
    public func fileURL(seq: Int) -> URL { folder.appendingPathComponent("snapshot-\(seq).bin") }

    /// The single snapshot file of format 3 and before.
    public var legacyURL: URL { folder.appendingPathComponent("snapshot.json") }

    public func storedSeqs() throws(LogFailure) -> [Int] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch CocoaError.fileReadNoSuchFile {
            return []
        } catch {
            throw LogFailure.from(errno: EIO, operation: "opendir", path: folder.path)
        }
        return names.compactMap(Self.seq(named:)).sorted(by: >)
    }

    /// The sequence number in a snapshot file's name, nil for any other name.
    static func seq(named name: String) -> Int? {
        guard name.hasPrefix("snapshot-"), name.hasSuffix(".bin") else { return nil }
        return Int(name.dropFirst("snapshot-".count).dropLast(".bin".count))
    }

    /// The file's bytes, never through a symbolic link; nil when there is no file.
    public func storedBytes(seq: Int) throws(LogFailure) -> [UInt8]? {
        try bytes(at: fileURL(seq: seq))
    }

    private func bytes(at url: URL) throws(LogFailure) -> [UInt8]? {
        do throws(LogFailure) {
            let file = try OpenFile.open(url.path, flags: O_RDONLY | O_NOFOLLOW)
            defer { file.close() }
            return try file.read(from: 0, to: try file.size())
        } catch .missing {
            return nil
        }
    }

    public func store(_ bytes: [UInt8], seq: Int) throws(LogFailure) {
        try DurableFiles.replaceFile(fileURL(seq: seq), contents: bytes, afterStep: afterStep)
    }

    public func remove(seq: Int) throws(LogFailure) {
        guard unlink(fileURL(seq: seq).path) == 0 || errno == ENOENT else {
            throw LogFailure.from(errno: errno, operation: "unlink", path: fileURL(seq: seq).path)
        }
    }

    public func legacyBytes() -> [UInt8]? {
        try? bytes(at: legacyURL)
    }

    public func removeLeftovers() {
        unlink(legacyURL.path)
        DurableFiles.removeStaleTemps(in: folder, prefix: ".snapshot")
    }

    /// The newest stored state that matches the log file at `logURL`, read as a reader
    /// reads it (no lock, no repair).
    public func load<S: Codable>(_ type: S.Type, logURL: URL) -> LoadedSnapshot<S> {
        load(type, from: FileEventStore(readingFrom: logURL))
    }
}
