import Foundation
import HallConsole
import HallStore

/// A log record as `log tail` prints it, its body masked (`BodyMasking`) unless the reader
/// may see customers' numbers whole.
enum RecordText {
    /// For people: `#12 2026-11-23 09:30:05 A01 pts/1 logRepaired {…}`.
    static func line(_ record: LogRecord, masked: Bool) -> String {
        let time = ReadableTime.of(record.timestamp)
        let body = masked ? BodyMasking.masked(record.body) : record.body
        return "#\(record.seq) \(time) \(record.actor) \(record.terminal) \(record.type) v\(record.version) \(String(decoding: body, as: UTF8.self))"
    }

    /// For scripts: the record's fields as one JSON object; the body as stored, or masked
    /// (then `"masked":true` says the body is not the bytes `hash` covers).
    static func json(_ record: LogRecord, masked: Bool) -> String {
        JSONLine.encode(RecordEnvelope(seq: record.seq, ts: record.timestamp, actor: record.actor, terminal: record.terminal,
                                       type: record.type, v: record.version, hash: record.hash, masked: masked ? true : nil),
                        body: masked ? BodyMasking.masked(record.body) : record.body)
    }
}
