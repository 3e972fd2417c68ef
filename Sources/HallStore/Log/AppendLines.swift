import Foundation

/// The lines an append adds after a head, and the records they are: the one encoding every
/// store writes with, so a record is the same bytes and the same hash wherever it is kept
/// (the log file, the in-memory store of the tests).
struct AppendLines {
    /// The lines, each with its newline, as they follow the head's line.
    let bytes: [UInt8]
    /// The records the lines hold, with the offsets they have after the head.
    let records: [LogRecord]
    /// The head once these lines are appended.
    let head: LogHead

    /// Checks what can be checked before taking a lock: versions and bodies.
    static func check(_ records: [NewRecord]) throws(LogFailure) {
        for record in records {
            guard record.version >= 0 else { throw LogFailure.badVersion(record.version) }
            let isObject = record.body.withUnsafeBytes { JSONObjectValidator.isSingleObject($0) }
            guard isObject else { throw LogFailure.notJSONObject }
        }
    }

    /// What an append of `records` writes: one record as it is, several as one batch after
    /// a `batchOpened` record (see `BatchFrame`), so that a crash leaves all or none of them.
    static func framed(_ records: [NewRecord]) -> [NewRecord] {
        records.count > 1 ? [BatchFrame.opener(for: records)] + records : records
    }

    /// Encodes `records` one after another after `head`, timestamps written in `timeZone`.
    init(_ records: [NewRecord], after head: LogHead, timeZone: TimeZone) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(records.reduce(0) { $0 + $1.body.count + 400 })
        var written: [LogRecord] = []
        var last = head
        for record in records {
            let lineStart = bytes.count
            let timestamp = LogTimestamp.format(record.timestamp, in: timeZone)
            let hash = RecordLine.append(
                seq: last.seq + 1, timestamp: timestamp, actor: record.actor, terminal: record.terminal,
                type: record.type, version: record.version, body: record.body, prev: last.hash, to: &bytes
            )
            let line = LogRecord(
                seq: last.seq + 1, timestamp: timestamp, actor: record.actor, terminal: record.terminal,
                type: record.type, version: record.version, body: record.body, prev: last.hash, hash: hash,
                offset: last.endOffset, length: bytes.count - lineStart
            )
            written.append(line)
            last = line.head
        }
        self.bytes = bytes
        self.records = written
        self.head = last
    }
}
