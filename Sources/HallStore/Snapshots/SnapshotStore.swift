import Foundation
import Glibc
import HallDomain

/// Derived state at some record N, so start-up replays only what follows N.
///
/// The file holds the state and N's head (seq, hash, offset). It is bound to the log: the
/// record right after N is a `snapshotTaken` naming the SHA-256 of the file's bytes, so
/// the file alone can claim nothing. Writing is therefore two steps, `encode` and, once
/// that record is durable, `keep` (see `HallEngine.takeSnapshot`). The file is replaced
/// atomically (see `DurableFiles.replaceFile`).
///
/// Loading checks, in constant time, that the log holds record N with that hash at that
/// offset and that the record after it is the `snapshotTaken` naming these very bytes; any
/// doubt rejects the snapshot and says why, and the caller replays the whole log instead:
/// slower, never wrong.
public struct SnapshotStore: Sendable {
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

    /// A snapshot encoded but not yet stored: its bytes, the head its state ends at, and
    /// the record that must follow that head before the bytes may be kept.
    public struct Encoded: Sendable {
        public let bytes: [UInt8]
        public let head: LogHead
        /// Lowercase hex SHA-256 of `bytes`.
        public let sha256: String

        /// The body of the record that binds these bytes to the log.
        public var taken: SnapshotTaken { SnapshotTaken(seq: head.seq, sha256: sha256) }

        /// That record, ready to append expecting `head.seq`.
        public func record(actor: String, terminal: String, timestamp: Date) -> NewRecord {
            let encoded = EventCodec.encode(.snapshotTaken(taken))
            return NewRecord(actor: actor, terminal: terminal, type: encoded.type, version: encoded.version,
                             body: encoded.body, timestamp: timestamp)
        }
    }

    /// What loading found.
    public enum Loaded<S> {
        /// There is no snapshot file: start from the beginning, nothing to say.
        case absent
        /// The snapshot matches the log: its state is the state after `head`.
        case matching(state: S, head: LogHead)
        /// There is a snapshot but it must not be used; `reason` says why, in Chinese.
        case rejected(reason: String)
    }

    /// The bytes on disk: a format number, the head and the state.
    private struct Envelope<S: Codable>: Codable {
        var format: Int
        var head: LogHead
        var state: S
    }

    /// Raised whenever the state's shape changes in a way an older snapshot would decode
    /// wrongly rather than fail (2: service times kept across days and by hour; 3: bound to
    /// the log by a `snapshotTaken` record, which older snapshots never had).
    private static let format = 3

    /// Encodes `state` as the state after record `head.seq`; nothing is written yet.
    public func encode<S: Codable>(_ state: S, at head: LogHead) throws(LogFailure) -> Encoded {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(Envelope(format: Self.format, head: head, state: state))
        } catch {
            throw LogFailure.stateNotEncodable
        }
        let bytes = Array(data)
        return Encoded(bytes: bytes, head: head, sha256: Hex.sha256(bytes))
    }

    /// Stores an encoded snapshot, replacing the file. Call it only once the log holds its
    /// `snapshotTaken` record: a file stored before that would be rejected, and one stored
    /// without it never used.
    public func keep(_ snapshot: Encoded) throws(LogFailure) {
        try DurableFiles.replaceFile(fileURL, contents: snapshot.bytes, afterStep: afterStep)
    }

    /// The stored state and its head when the snapshot matches the log at `logURL`.
    public func load<S: Codable>(_ type: S.Type, logURL: URL) -> Loaded<S> {
        let bytes: [UInt8]
        do throws(LogFailure) {
            let file = try OpenFile.open(fileURL.path, flags: O_RDONLY | O_NOFOLLOW)
            defer { file.close() }
            bytes = try file.read(from: 0, to: try file.size())
        } catch .missing {
            return .absent
        } catch {
            return .rejected(reason: "快照文件读不出（\(error.message)）")
        }
        guard let envelope = try? JSONDecoder().decode(Envelope<S>.self, from: Data(bytes)) else {
            if let format = try? JSONDecoder().decode(Format.self, from: Data(bytes)).format, format != Self.format {
                return .rejected(reason: "快照是另一版本（格式 \(format)）写的")
            }
            return .rejected(reason: "快照文件内容不完整或不认识")
        }
        guard envelope.format == Self.format else { return .rejected(reason: "快照是另一版本（格式 \(envelope.format)）写的") }
        let head = envelope.head
        let log: OpenFile
        do {
            log = try OpenFile.openTrusted(logURL.path, flags: O_RDONLY)
        } catch {
            return .rejected(reason: "日志打不开（\(error.message)）")
        }
        defer { log.close() }
        if head.seq > 0, (try? ChainReader.holds(log, head)) != true {
            return .rejected(reason: "快照所指的第 \(head.seq) 条记录不在日志的那个位置")
        }
        guard let next = try? ChainReader.record(log, at: head.endOffset), next.seq == head.seq + 1, next.prev == head.hash,
              next.type == SnapshotTaken.type, next.version == SnapshotTaken.version,
              let taken = try? JSONDecoder().decode(SnapshotTaken.self, from: next.body), taken.seq == head.seq
        else {
            return .rejected(reason: "日志第 \(head.seq + 1) 条不是登记这份快照的 snapshotTaken 记录")
        }
        guard taken.sha256 == Hex.sha256(bytes) else {
            return .rejected(reason: "快照文件的 SHA-256 与日志第 \(next.seq) 条登记的不同（快照被改动过）")
        }
        return .matching(state: envelope.state, head: head)
    }

    /// Only the format number, to say "another version" rather than "unreadable".
    private struct Format: Decodable {
        var format: Int
    }
}
