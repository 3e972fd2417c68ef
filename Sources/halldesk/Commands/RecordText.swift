import Foundation
import HallConsole
import HallStore

/// A log record as `log tail` prints it.
enum RecordText {
    /// For people: `#12 2026-11-23 09:30:05 A01 pts/1 logRepaired {…}`.
    static func line(_ record: LogRecord) -> String {
        let time = ReadableTime.of(record.timestamp)
        return "#\(record.seq) \(time) \(record.actor) \(record.terminal) \(record.type) v\(record.version) \(String(decoding: record.body, as: UTF8.self))"
    }

    /// For scripts: the record's fields as one JSON object; the body is copied as stored.
    static func json(_ record: LogRecord) -> String {
        JSONLine.encode(RecordEnvelope(seq: record.seq, ts: record.timestamp, actor: record.actor, terminal: record.terminal,
                                       type: record.type, v: record.version, hash: record.hash), body: record.body)
    }
}
