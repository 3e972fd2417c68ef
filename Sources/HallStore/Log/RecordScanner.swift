import Foundation

/// Reads one log line into a `LogRecord` without a JSON decoder.
///
/// The fields are in a fixed order, so the scanner walks them in place; the body is not
/// parsed at all: it ends where the fixed-length `,"prev":…,"hash":…}` suffix begins. This
/// is what makes replay fast (see `hallbench`): JSONDecoder would build and throw away a
/// whole tree for every envelope.
enum RecordScanner {
    /// What a full check finds wrong with a record's body and timestamp, if anything: the
    /// body one JSON object, the timestamp in the shape writers write. The file verifier
    /// asks it of every line, the database's (`LogVerifier.verify(store:)`) of every row.
    static func bodyDefect(_ body: UnsafeRawBufferPointer, timestamp: String) -> RecordDefect? {
        guard JSONObjectValidator.isSingleObject(body) else { return .bodyNotObject }
        guard LogTimestamp.isWellFormed(timestamp) else { return .badTimestamp }
        return nil
    }

    /// The record on `line` (its bytes without the newline), with its own hash checked.
    /// The chain (`seq` and `prev` against the record before) is the caller's business.
    /// With `checkBody` the body is fully validated as a JSON object; otherwise only its
    /// braces are, as the hash already vouches for what the writer validated.
    static func scan(_ line: UnsafeRawBufferPointer, offset: UInt64, checkBody: Bool) -> Result<LogRecord, RecordDefect> {
        Result { () throws(RecordDefect) in try record(line, offset: offset, checkBody: checkBody) }
    }

    /// `scan` for a reader that takes the record itself: returned, not wrapped in a
    /// `Result`, it is moved on rather than copied out (replay reads every record).
    static func record(_ line: UnsafeRawBufferPointer, offset: UInt64, checkBody: Bool) throws(RecordDefect) -> LogRecord {
        var cursor = Cursor(bytes: line, limit: line.count - RecordLine.suffixLength)
        guard cursor.limit > 0,
              cursor.literal("{\"seq\":"), let seq = cursor.integer(),
              cursor.literal(",\"ts\":"), let timestamp = cursor.string(),
              cursor.literal(",\"actor\":"), let actor = cursor.string(),
              cursor.literal(",\"terminal\":"), let terminal = cursor.string(),
              cursor.literal(",\"type\":"), let type = cursor.string(),
              cursor.literal(",\"v\":"), let version = cursor.integer(),
              cursor.literal(",\"body\":")
        else { throw .malformed }
        let bodyStart = cursor.i
        let bodyEnd = cursor.limit
        cursor.limit = line.count
        cursor.i = bodyEnd
        guard bodyEnd - bodyStart >= 2,
              cursor.literal(",\"prev\":\""), Hex.isLowercase(line, from: cursor.i, count: 64)
        else { throw .malformed }
        let prevStart = cursor.i
        cursor.i += 64
        guard cursor.literal("\",\"hash\":\""), Hex.isLowercase(line, from: cursor.i, count: 64) else { throw .malformed }
        let hashStart = cursor.i
        cursor.i += 64
        guard cursor.literal("\"}") else { throw .malformed }
        let body = UnsafeRawBufferPointer(rebasing: line[bodyStart..<bodyEnd])
        guard body[0] == UInt8(ascii: "{"), body[body.count - 1] == UInt8(ascii: "}") else { throw .bodyNotObject }
        if checkBody, let defect = bodyDefect(body, timestamp: timestamp) { throw defect }
        let digest = RecordLine.canonicalHash(UnsafeRawBufferPointer(rebasing: line[0..<(prevStart + 65)]))
        guard Hex.matches(digest, line, at: hashStart) else { throw .hashMismatch }
        return LogRecord(
            seq: seq, timestamp: timestamp, actor: actor, terminal: terminal, type: type, version: version,
            body: Data(body),
            prev: String(decoding: line[prevStart..<(prevStart + 64)], as: UTF8.self),
            hash: String(decoding: line[hashStart..<(hashStart + 64)], as: UTF8.self),
            offset: offset, length: line.count + 1
        )
    }

    /// A read position over one line that never passes `limit`.
    private struct Cursor {
        let bytes: UnsafeRawBufferPointer
        var limit: Int
        var i = 0

        init(bytes: UnsafeRawBufferPointer, limit: Int) {
            self.bytes = bytes
            self.limit = limit
        }

        mutating func literal(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= limit else { return false }
            for k in 0..<count where bytes[i + k] != text.utf8Start[k] { return false }
            i += count
            return true
        }

        /// A non-negative integer without leading zeros, at most 18 digits.
        mutating func integer() -> Int? {
            let start = i
            var value = 0
            while i < limit, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9"), i - start < 18 {
                value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                i += 1
            }
            guard i > start, !(bytes[start] == UInt8(ascii: "0") && i - start > 1) else { return nil }
            return value
        }

        mutating func string() -> String? {
            guard let (text, next) = JSONString.read(bytes, from: i, limit: limit) else { return nil }
            i = next
            return text
        }
    }
}
