import Foundation
import HallDomain

/// Where a snapshot's bytes are kept: one blob, replaced whole. The file beside the log
/// (`SnapshotStore`) in a hall, memory (`InMemorySnapshotStore`) in tests.
///
/// Derived state at some record N lets start-up replay only what follows N. The bytes hold
/// the state and N's head (seq, hash, offset), and they are bound to the log: the record
/// right after N is a `snapshotTaken` naming their SHA-256, so the bytes alone can claim
/// nothing. Writing is therefore two steps, `encode` and, once that record is durable,
/// `keep` (see `HallEngine.takeSnapshot`). Loading checks that the log holds record N
/// and, right after it, the `snapshotTaken` naming these very bytes; any doubt rejects the
/// snapshot and says why, and the caller replays the whole log instead: slower, never wrong.
public protocol SnapshotStorage {
    /// The stored bytes, or nil when none were ever stored. Throws when they cannot be read.
    func storedBytes() throws(LogFailure) -> [UInt8]?
    /// Replaces the stored bytes with `bytes`, whole or not at all.
    func replace(with bytes: [UInt8]) throws(LogFailure)
}

/// The bytes: a format number, the head and the state.
private struct Envelope<S: Codable>: Codable {
    var format: Int
    var head: LogHead
    var state: S
}

/// Only the format number, to say "another version" rather than "unreadable".
private struct Format: Decodable {
    var format: Int
}

/// Raised whenever the state's shape changes in a way an older snapshot would decode
/// wrongly rather than fail (2: service times kept across days and by hour; 3: bound to
/// the log by a `snapshotTaken` record, which older snapshots never had; 4: today's notices
/// to customers and the phones of those who agreed to them).
private let snapshotFormat = 4

extension SnapshotStorage {
    /// Encodes `state` as the state after record `head.seq`; nothing is written yet.
    public func encode<S: Codable>(_ state: S, at head: LogHead) throws(LogFailure) -> EncodedSnapshot {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(Envelope(format: snapshotFormat, head: head, state: state))
        } catch {
            throw LogFailure.stateNotEncodable
        }
        let bytes = Array(data)
        return EncodedSnapshot(bytes: bytes, head: head, sha256: Hex.sha256(bytes))
    }

    /// Stores an encoded snapshot, replacing the last. Call it only once the log holds its
    /// `snapshotTaken` record: bytes stored before that would be rejected, and bytes stored
    /// without it never used.
    public func keep(_ snapshot: EncodedSnapshot) throws(LogFailure) {
        try replace(with: snapshot.bytes)
    }

    /// The stored state and its head when the snapshot matches the log in `log`.
    public func load<S: Codable>(_ type: S.Type, from log: any EventStore) -> LoadedSnapshot<S> {
        let stored: [UInt8]?
        do throws(LogFailure) {
            stored = try storedBytes()
        } catch {
            return .rejected(reason: "快照文件读不出（\(error.message)）")
        }
        guard let bytes = stored else { return .absent }
        guard let envelope = try? JSONDecoder().decode(Envelope<S>.self, from: Data(bytes)) else {
            if let format = try? JSONDecoder().decode(Format.self, from: Data(bytes)).format, format != snapshotFormat {
                return .rejected(reason: "快照是另一版本（格式 \(format)）写的")
            }
            return .rejected(reason: "快照文件内容不完整或不认识")
        }
        guard envelope.format == snapshotFormat else { return .rejected(reason: "快照是另一版本（格式 \(envelope.format)）写的") }
        let head = envelope.head
        let anchored: AnchorCheck
        do throws(LogFailure) {
            anchored = try log.check(head)
        } catch {
            return .rejected(reason: "日志打不开（\(error.message)）")
        }
        guard case .held(let following) = anchored else {
            return .rejected(reason: "快照所指的第 \(head.seq) 条记录不在日志的那个位置")
        }
        guard let next = following, next.seq == head.seq + 1, next.prev == head.hash,
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
}
