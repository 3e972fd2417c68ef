import Foundation
import HallDomain

/// A snapshot encoded but not yet stored: its bytes, the head its state ends at, and the
/// record that must follow that head before the bytes may be kept (see `SnapshotStorage`).
public struct EncodedSnapshot: Sendable {
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
