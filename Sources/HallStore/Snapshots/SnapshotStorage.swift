import Foundation
import HallDomain

/// Where snapshots' bytes are kept: one blob per snapshot, named by the sequence number its
/// state ends at. Files beside the log (`SnapshotStore`) in a hall, memory
/// (`InMemorySnapshotStore`) in tests.
///
/// Derived state at some record N lets start-up replay only what follows N. The bytes hold
/// the state and N's head (seq, hash, offset), and they are bound to the log: the record
/// right after N is a `snapshotTaken` naming their SHA-256, so the bytes alone can claim
/// nothing. Writing is therefore two steps, `encode` and, once that record is durable,
/// `keep` (see `HallEngine.takeSnapshot` and `AutoSnapshot`): bytes kept before their record
/// could be followed by a crash and then be named by no record, which is harmless (they are
/// rejected) but bytes kept *without* the ordering could never be trusted at all.
///
/// Loading tries the newest snapshot first and each older one in turn; each must sit on a
/// record the log holds with the `snapshotTaken` naming these very bytes right after it.
/// Any doubt sets that snapshot aside and says why; when none is left the caller replays
/// the whole log instead: slower, never wrong.
public protocol SnapshotStorage {
    /// The sequence numbers of the stored snapshots, newest first. Throws when they cannot be listed.
    func storedSeqs() throws(LogFailure) -> [Int]
    /// The bytes stored for `seq`, or nil when there are none. Throws when they cannot be read.
    func storedBytes(seq: Int) throws(LogFailure) -> [UInt8]?
    /// Stores `bytes` as the snapshot at `seq`, whole or not at all.
    func store(_ bytes: [UInt8], seq: Int) throws(LogFailure)
    /// Removes the snapshot at `seq`, and whatever a killed write left behind.
    func remove(seq: Int) throws(LogFailure)
    /// A snapshot written by a version that kept a single file (format 3 and before): never
    /// used, only named in the reason the log was replayed. Nil when there is none.
    func legacyBytes() -> [UInt8]?
    /// Removes that older snapshot and any temporary file a killed write left.
    func removeLeftovers()
}

/// The bytes: a format number, the head and the state, after `magic`.
struct SnapshotEnvelope<S: Codable>: Codable {
    var format: Int
    var head: LogHead
    var state: S
}

/// Only the format number, to say "another version" rather than "unreadable".
private struct SnapshotFormatNumber: Decodable {
    var format: Int
}

/// Raised whenever the state's shape changes in a way an older snapshot would decode
/// wrongly rather than fail (2: service times kept across days and by hour; 3: bound to
/// the log by a `snapshotTaken` record, which older snapshots never had; 4: the binary
/// form of `BinaryEncoder`, one file per snapshot, instead of a JSON document, and today's
/// notices to customers with the phones of those who agreed to them; 5: work-order history
/// bodies stored as binary values, not their JSON text; 6: the binary form's string table
/// and records, `BinaryRecord`, which a reader of format 5 would not recognise at all).
let snapshotFormat = 6

/// The first bytes of every snapshot since format 4: a JSON snapshot starts with `{`.
private let magic = Array("HallDesk snapshot\n".utf8)

extension SnapshotStorage {
    /// Encodes `state` as the state after record `head.seq`; nothing is written yet.
    public func encode<S: Codable>(_ state: S, at head: LogHead) throws(LogFailure) -> EncodedSnapshot {
        try SnapshotBytes.encode(state, at: head)
    }

    /// Stores an encoded snapshot and removes all but the newest `keeping` (and leftovers).
    /// Call it only once the log holds its `snapshotTaken` record: bytes stored before that
    /// would be rejected, and bytes stored without it never used.
    public func keep(_ snapshot: EncodedSnapshot, keeping count: Int = 3) throws(LogFailure) {
        try store(snapshot.bytes, seq: snapshot.head.seq)
        try prune(keeping: count)
    }

    /// Removes every snapshot but the newest `count` (at least one is kept), the older
    /// single-file snapshot and any temporary file a killed write left.
    public func prune(keeping count: Int) throws(LogFailure) {
        for seq in try storedSeqs().dropFirst(max(1, count)) {
            try remove(seq: seq)
        }
        removeLeftovers()
    }

    /// The newest stored state that matches the log in `log`, with the reasons any newer one
    /// was set aside; `.rejected` with all the reasons when none matches.
    public func load<S: Codable>(_ type: S.Type, from log: any EventStore) -> LoadedSnapshot<S> {
        let seqs: [Int]
        do throws(LogFailure) {
            seqs = try storedSeqs()
        } catch {
            return .rejected(reason: "快照目录读不出（\(error.message)）")
        }
        var setAside: [String] = []
        for seq in seqs {
            switch check(type, seq: seq, log: log) {
            case .success(let found):
                return .matching(state: found.state, head: found.head, setAside: setAside)
            case .failure(let reason):
                setAside.append("快照 #\(seq)：\(reason.text)")
            }
        }
        if let legacy = legacyBytes() {
            setAside.append("旧快照文件：\(SnapshotBytes.formatReason(legacy))")
        }
        return setAside.isEmpty ? .absent : .rejected(reason: setAside.joined(separator: "；"))
    }

    /// The snapshot at `seq` if it is whole, of this format and bound to the log.
    private func check<S: Codable>(_ type: S.Type, seq: Int, log: any EventStore) -> Result<(state: S, head: LogHead), SnapshotReason> {
        let stored: [UInt8]?
        do throws(LogFailure) {
            stored = try storedBytes(seq: seq)
        } catch {
            return .failure(SnapshotReason("快照文件读不出（\(error.message)）"))
        }
        guard let bytes = stored else { return .failure(SnapshotReason("快照文件不见了")) }
        let envelope: SnapshotEnvelope<S>
        switch SnapshotBytes.decode(type, from: bytes) {
        case .success(let decoded): envelope = decoded
        case .failure(let reason): return .failure(reason)
        }
        let head = envelope.head
        guard head.seq == seq else {
            return .failure(SnapshotReason("文件名写第 \(seq) 条，内容却是第 \(head.seq) 条的状态"))
        }
        let anchored: AnchorCheck
        do throws(LogFailure) {
            anchored = try log.check(head)
        } catch {
            return .failure(SnapshotReason("日志打不开（\(error.message)）"))
        }
        guard case .held(let following) = anchored else {
            return .failure(SnapshotReason("快照所指的第 \(head.seq) 条记录不在日志的那个位置"))
        }
        guard let next = following, next.seq == head.seq + 1, next.prev == head.hash,
              next.type == SnapshotTaken.type, next.version == SnapshotTaken.version,
              let taken = try? JSONDecoder().decode(SnapshotTaken.self, from: next.body), taken.seq == head.seq
        else {
            return .failure(SnapshotReason("日志第 \(head.seq + 1) 条不是登记这份快照的 snapshotTaken 记录"))
        }
        guard taken.sha256 == Hex.sha256(bytes) else {
            return .failure(SnapshotReason("快照文件的 SHA-256 与日志第 \(next.seq) 条登记的不同（快照被改动过）"))
        }
        return .success((envelope.state, head))
    }
}

/// Why one snapshot was set aside, in Chinese.
struct SnapshotReason: Error {
    let text: String

    init(_ text: String) {
        self.text = text
    }
}

/// A snapshot's bytes: `magic`, then the envelope in `BinaryEncoder`'s form.
public enum SnapshotBytes {
    /// Encodes `state` as the state after record `head.seq`.
    public static func encode<S: Codable>(_ state: S, at head: LogHead) throws(LogFailure) -> EncodedSnapshot {
        let body: [UInt8]
        do {
            body = try BinaryEncoder().encode(SnapshotEnvelope(format: snapshotFormat, head: head, state: state))
        } catch {
            throw LogFailure.stateNotEncodable
        }
        let bytes = magic + body
        return EncodedSnapshot(bytes: bytes, head: head, sha256: Hex.sha256(bytes))
    }

    /// The head and state `bytes` hold, not yet checked against any log; nil when they are
    /// not a whole snapshot of this format. For `doctor`, the tests and the benchmark.
    public static func decoded<S: Codable>(_ type: S.Type, from bytes: [UInt8]) -> (head: LogHead, state: S)? {
        guard case .success(let envelope) = decode(type, from: bytes) else { return nil }
        return (envelope.head, envelope.state)
    }

    static func decode<S: Codable>(_ type: S.Type, from bytes: [UInt8]) -> Result<SnapshotEnvelope<S>, SnapshotReason> {
        guard bytes.starts(with: magic) else { return .failure(SnapshotReason(formatReason(bytes))) }
        let body = Array(bytes.dropFirst(magic.count))
        guard let envelope = try? BinaryDecoder().decode(SnapshotEnvelope<S>.self, from: body) else {
            if let format = formatNumber(body), format != snapshotFormat {
                return .failure(SnapshotReason("快照是另一版本（格式 \(format)）写的"))
            }
            return .failure(SnapshotReason("快照文件内容不完整或不认识"))
        }
        guard envelope.format == snapshotFormat else {
            return .failure(SnapshotReason("快照是另一版本（格式 \(envelope.format)）写的"))
        }
        return .success(envelope)
    }

    /// The format number of a snapshot's bytes after `magic`, in today's binary form or in
    /// the one formats 4 and 5 were written in (a keyed value whose first entry is
    /// `format`: tag 1, its length, the entry count, the key's length and `format`, then
    /// tag 3, the number's length and the number zig-zagged); nil when neither reads.
    private static func formatNumber(_ body: [UInt8]) -> Int? {
        if let format = try? BinaryDecoder().decode(SnapshotFormatNumber.self, from: body).format { return format }
        var position = 0
        func varint() -> UInt64? {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while position < body.count, shift < 64 {
                let byte = body[position]
                position += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return result }
                shift += 7
            }
            return nil
        }
        let key = Array("format".utf8)
        guard body.first == 1 else { return nil }
        position = 1
        guard varint() != nil, varint() != nil, varint() == UInt64(key.count),
              body.count > position + key.count, Array(body[position..<position + key.count]) == key else { return nil }
        position += key.count
        guard body[position] == BinaryTag.bytes else { return nil }
        position += 1
        guard varint() != nil, let number = varint() else { return nil }
        return Int(exactly: BinaryVarint.unzigzag(number))
    }

    /// Why bytes that are not this format's cannot be used: an older JSON snapshot says its format.
    static func formatReason(_ bytes: [UInt8]) -> String {
        if bytes.first == UInt8(ascii: "{"), let format = try? JSONDecoder().decode(SnapshotFormatNumber.self, from: Data(bytes)).format {
            return "快照是另一版本（格式 \(format)，JSON）写的，本版本只读格式 \(snapshotFormat)"
        }
        return bytes.starts(with: magic) ? "快照文件内容不完整或不认识" : "快照文件内容不完整或不认识（不是快照）"
    }
}
