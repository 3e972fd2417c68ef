import Foundation

/// The file log's encoding for stores that keep a record's fields rather than its line (the
/// PostgreSQL store in `HallPostgres`): they append, hash and chain with the very code the
/// file log writes with, so a record is the same bytes and the same hash wherever it is kept,
/// and an export of such a store is byte for byte the file log.
public enum RecordRows {
    /// Refuses what every store refuses before appending: a bad version, a body that is not
    /// one JSON object.
    public static func check(_ records: [NewRecord]) throws(LogFailure) {
        try AppendLines.check(records)
    }

    /// The records an append of `records` after `head` writes, batch opener included, with
    /// their hashes, timestamps written in `timeZone` and file offsets as the file log's.
    public static func encode(_ records: [NewRecord], after head: LogHead, timeZone: TimeZone) -> [LogRecord] {
        AppendLines(AppendLines.framed(records), after: head, timeZone: timeZone).records
    }

    /// A kept record's line rebuilt from its fields, newline included, starting at file
    /// offset `offset`; the record's `hash` in the result is the one the fields give, so a
    /// store compares it with the hash it kept to find a changed record.
    public static func line(
        seq: Int, timestamp: String, actor: String, terminal: String, type: String, version: Int,
        body: Data, prev: String, offset: UInt64
    ) -> (record: LogRecord, bytes: [UInt8]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.count + 400)
        let hash = RecordLine.append(
            seq: seq, timestamp: timestamp, actor: actor, terminal: terminal, type: type, version: version,
            body: body, prev: prev, to: &bytes
        )
        let record = LogRecord(
            seq: seq, timestamp: timestamp, actor: actor, terminal: terminal, type: type, version: version,
            body: body, prev: prev, hash: hash, offset: offset, length: bytes.count
        )
        return (record, bytes)
    }

    /// `record`'s line as the file log holds it, newline included.
    public static func line(of record: LogRecord) -> [UInt8] {
        line(seq: record.seq, timestamp: record.timestamp, actor: record.actor, terminal: record.terminal, type: record.type,
             version: record.version, body: record.body, prev: record.prev, offset: record.offset).bytes
    }
}
