import Foundation
import Glibc

/// Derived state at some record N, so start-up replays only what follows N.
///
/// The file holds the state and N's head (seq, hash, offset). It is replaced atomically
/// (see `DurableFiles.replaceFile`).
/// Loading re-checks that the log still has record N with that hash at that offset; any
/// doubt gives nil, and the caller replays the whole log instead: slower, never wrong.
public struct SnapshotStore: Sendable {
    /// The steps of a write, in order, for crash tests to stop between.
    public typealias WriteStep = ReplaceStep

    public let folder: URL
    /// Called after each step of `write`. Only the crash tests use it (`logstress` kills
    /// itself there); it lets them prove a crash at any step leaves the old or new snapshot.
    public var afterStep: (@Sendable (WriteStep) -> Void)?

    public init(folder: URL) {
        self.folder = folder
    }

    /// The snapshot file, replaced as a whole on every write.
    public var fileURL: URL { folder.appendingPathComponent("snapshot.json") }

    /// The bytes on disk: a format number, the head and the state.
    private struct Envelope<S: Codable>: Codable {
        var format: Int
        var head: LogHead
        var state: S
    }

    /// Raised whenever the state's shape changes in a way an older snapshot would decode
    /// wrongly rather than fail (2: service times kept across days and by hour).
    private static let format = 2

    /// Stores `state` as the state after record `head.seq`.
    public func write<S: Codable>(_ state: S, at head: LogHead) throws(LogFailure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(Envelope(format: Self.format, head: head, state: state))
        } catch {
            throw LogFailure.stateNotEncodable
        }
        try DurableFiles.replaceFile(fileURL, contents: Array(data), afterStep: afterStep)
    }

    /// The stored state and its head, if the snapshot is readable and the log at
    /// `logURL` still holds record `head.seq` with `head.hash` at `head.offset`; else nil.
    public func load<S: Codable>(_ type: S.Type, logURL: URL) -> (state: S, head: LogHead)? {
        guard let data = try? Data(contentsOf: fileURL),
              let envelope = try? JSONDecoder().decode(Envelope<S>.self, from: data),
              envelope.format == Self.format
        else { return nil }
        let head = envelope.head
        if head == .empty { return (envelope.state, head) }
        guard let log = try? OpenFile.openTrusted(logURL.path, flags: O_RDONLY) else { return nil }
        defer { log.close() }
        guard (try? ChainReader.holds(log, head)) == true else { return nil }
        return (envelope.state, head)
    }
}
