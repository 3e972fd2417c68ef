import Foundation

/// How a multi-record append is framed so that it is whole or absent: a first record of
/// type `batchOpened` with body `{"records":N}`, then the N records. A reader applies the
/// batch only once all N are read; an unfinished batch at the end is not written yet (for
/// a reader) or a torn tail (for a writer holding the lock), cut from the opener on.
///
/// The log stays generic over its records, but this one type it writes itself, so it is
/// named here; the domain decodes it as a no-op event (`BatchOpened`).
enum BatchFrame {
    static let type = "batchOpened"
    static let version = 1

    /// The opener for `records`, written as the first of them says (actor, terminal, time).
    static func opener(for records: [NewRecord]) -> NewRecord {
        let first = records[0]
        return NewRecord(actor: first.actor, terminal: first.terminal, type: type, version: version,
                         body: Data("{\"records\":\(records.count)}".utf8), timestamp: first.timestamp)
    }

    /// What a record says about batches.
    enum Role: Equatable {
        /// An ordinary record.
        case record
        /// An opener announcing `count` records.
        case opener(count: Int)
        /// A `batchOpened` record whose body is not `{"records":N}` with N ≥ 1.
        case damagedOpener
    }

    static func role(of record: LogRecord) -> Role {
        guard record.type == type, record.version == version else { return .record }
        let prefix = Array("{\"records\":".utf8)
        let body = Array(record.body)
        guard body.count > prefix.count + 1, body.starts(with: prefix), body.last == UInt8(ascii: "}") else { return .damagedOpener }
        let digits = body[prefix.count..<(body.count - 1)]
        guard digits.count <= 18, digits.first != UInt8(ascii: "0"),
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let count = Int(String(decoding: digits, as: UTF8.self))
        else { return .damagedOpener }
        return .opener(count: count)
    }
}
