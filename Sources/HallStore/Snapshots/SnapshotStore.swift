import Foundation
import Glibc

/// A hall's snapshot: the file `snapshot.json` in the data folder's `snapshots/`, replaced
/// atomically (see `DurableFiles.replaceFile`). What the bytes are and how they are bound
/// to the log is `SnapshotStorage`'s.
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

    /// The snapshot file, replaced as a whole on every write.
    public var fileURL: URL { folder.appendingPathComponent("snapshot.json") }

    /// The file's bytes, never through a symbolic link; nil when there is no file.
    public func storedBytes() throws(LogFailure) -> [UInt8]? {
        do throws(LogFailure) {
            let file = try OpenFile.open(fileURL.path, flags: O_RDONLY | O_NOFOLLOW)
            defer { file.close() }
            return try file.read(from: 0, to: try file.size())
        } catch .missing {
            return nil
        }
    }

    public func replace(with bytes: [UInt8]) throws(LogFailure) {
        try DurableFiles.replaceFile(fileURL, contents: bytes, afterStep: afterStep)
    }

    /// The stored state and its head when the snapshot matches the log file at `logURL`,
    /// read as a reader reads it (no lock, no repair).
    public func load<S: Codable>(_ type: S.Type, logURL: URL) -> LoadedSnapshot<S> {
        load(type, from: FileEventStore(readingFrom: logURL))
    }
}
