import Glibc

/// Reads records in file order and checks the chain: each `seq` one more than the last,
/// each `prev` the hash of the record before, each line hashing to its own `hash`.
///
/// Only complete lines are read; bytes after the last newline are reported as an
/// incomplete line, which for a reader means "not written yet" and for a writer holding
/// the lock means a torn tail. A batch (see `BatchFrame`) is read as a unit: its records
/// are handed over, and the head moves past them, only once all of them are read; a batch
/// the file ends inside is reported like an incomplete line, from its opener on. The
/// reader itself never changes the file.
struct ChainReader {
    /// The last record accepted so far (never inside an unfinished batch).
    private(set) var head: LogHead
    /// The last record whose line checked out, which may be inside the batch being read:
    /// the next record chains to it.
    private var tip: LogHead
    /// False while reading starts mid-log: the first record's `prev` is taken on trust
    /// (its own hash is still checked) and becomes the anchor for the rest.
    private var anchored: Bool
    /// The batch being read: its opener and records so far, and how many are still due.
    private var batch: (records: [LogRecord], due: Int)?

    /// Where and why reading stopped.
    enum Stop: Equatable {
        /// Every byte up to the end was a good record.
        case end
        /// The bytes from `offset` to the end have no newline.
        case incomplete(offset: UInt64)
        /// The file ends inside the batch whose opener, record `seq`, is at `offset`
        /// (with or without an incomplete line after its last complete record).
        case unfinishedBatch(offset: UInt64, seq: Int)
        /// A complete line that is not the next good record.
        case bad(BadLine)
    }

    /// A complete line that failed a check; `seq` is the sequence number that belonged
    /// there, which is also its line number in a log that is good up to it.
    struct BadLine: Equatable {
        let offset: UInt64
        let length: Int
        let seq: Int
        let defect: RecordDefect
        var line: Int { seq }
    }

    /// Reading continues after `head`, whose hash the next record's `prev` must be.
    init(after head: LogHead) {
        self.head = head
        tip = head
        anchored = true
    }

    /// Reading starts at the line at `offset`, which must be record `seq` (and not inside
    /// an unfinished batch: records read from there on are taken one by one).
    init(atRecord offset: UInt64, seq: Int) {
        head = LogHead(seq: seq - 1, hash: LogHead.zeroHash, offset: 0, endOffset: offset)
        tip = head
        anchored = seq == 1
    }

    /// Reads every complete line from `head.endOffset` up to `end`, calling `each` for
    /// every good record (a batch's records together, once the batch is complete), and
    /// stops at the first line that is not one. An unfinished batch is dropped from memory:
    /// the next read starts again at its opener.
    mutating func read(
        _ file: OpenFile, to end: UInt64, checkBodies: Bool, _ each: (LogRecord) -> Void
    ) throws(LogFailure) -> Stop {
        var bad: BadLine?
        let stopped = try LineReader.forEachLine(in: file, from: head.endOffset, to: end) { line, offset in
            guard let defect = accept(line, offset: offset, checkBody: checkBodies, each) else { return true }
            bad = BadLine(offset: offset, length: line.count + 1, seq: tip.seq + 1, defect: defect)
            return false
        }
        let unfinished = batch?.records.first
        batch = nil
        tip = head
        if let bad { return .bad(bad) }
        if let unfinished { return .unfinishedBatch(offset: unfinished.offset, seq: unfinished.seq) }
        if let stopped { return .incomplete(offset: stopped) }
        return .end
    }

    /// Checks one line against the chain and takes it (alone, or with its batch once that
    /// is complete) as the new head if it is good.
    private mutating func accept(
        _ line: UnsafeRawBufferPointer, offset: UInt64, checkBody: Bool, _ each: (LogRecord) -> Void
    ) -> RecordDefect? {
        let record: LogRecord
        do { record = try RecordScanner.record(line, offset: offset, checkBody: checkBody) } catch { return error }
        guard record.seq == tip.seq + 1 else { return .wrongSeq }
        guard !anchored || record.prev == tip.hash else { return .chainBroken }
        let role = BatchFrame.role(of: record)
        switch role {
        case .damagedOpener:
            return .badBatch
        case .opener:
            // A new batch before the last one was complete: the last one never finished,
            // and something was written after it without repairing it.
            guard batch == nil else { return .batchInterrupted }
        case .record:
            break
        }
        tip = record.head
        anchored = true
        // The record is handed on or kept as its last use, so it is moved, not copied:
        // a copy retained and released its five strings and its body once per record.
        if case .opener(let count) = role {
            batch = ([record], count)
            return nil
        }
        guard batch != nil else {
            each(record)
            head = tip
            return nil
        }
        batch!.records.append(record)
        batch!.due -= 1
        guard batch!.due == 0, let complete = batch?.records else { return nil }
        batch = nil
        complete.forEach(each)
        head = tip
        return nil
    }

    /// Whether a record that hashes to its own `hash` starts anywhere in `[start, end)`,
    /// at the start of a line or inside one (a damaged newline glues a good record onto
    /// the bad line before it). A bad line with such a record after it is corruption or
    /// tampering, not a torn tail, and must not be cut.
    static func hasValidRecord(_ file: OpenFile, from start: UInt64, to end: UInt64) throws(LogFailure) -> Bool {
        let marker = Array("{\"seq\":".utf8)
        var found = false
        _ = try LineReader.forEachLine(in: file, from: start, to: end) { line, _ in
            var from = 0
            while !found, from < line.count, let brace = memchr(line.baseAddress! + from, Int32(marker[0]), line.count - from) {
                let candidate = line.baseAddress!.distance(to: UnsafeRawPointer(brace))
                let rest = UnsafeRawBufferPointer(rebasing: line[candidate...])
                if rest.starts(with: marker), case .success = RecordScanner.scan(rest, offset: 0, checkBody: false) {
                    found = true
                }
                from = candidate + 1
            }
            return !found
        }
        return found
    }

    /// The record whose line starts at `offset`, if a whole good line of at most `limit`
    /// bytes starts there (its own hash checked, not its place in the chain): one read, for
    /// checking the record a snapshot says follows its head without scanning the log.
    static func record(_ file: OpenFile, at offset: UInt64, limit: Int = 16 * 1024) throws(LogFailure) -> LogRecord? {
        let bytes = try file.read(from: offset, to: offset + UInt64(limit))
        guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
        let scanned = bytes.withUnsafeBytes { raw in
            RecordScanner.scan(UnsafeRawBufferPointer(rebasing: raw[..<newline]), offset: offset, checkBody: false)
        }
        guard case .success(let record) = scanned else { return nil }
        return record
    }

    /// Whether the line at `anchor.offset` is record `anchor.seq` with `anchor.hash`.
    static func holds(_ file: OpenFile, _ anchor: LogHead) throws(LogFailure) -> Bool {
        guard anchor.endOffset > anchor.offset else { return false }
        let line = try file.read(from: anchor.offset, to: anchor.endOffset)
        guard line.count == Int(anchor.endOffset - anchor.offset), line.last == 0x0A else { return false }
        let scanned = line.withUnsafeBytes { raw in
            RecordScanner.scan(UnsafeRawBufferPointer(rebasing: raw.dropLast()), offset: anchor.offset, checkBody: false)
        }
        guard case .success(let record) = scanned else { return false }
        return record.seq == anchor.seq && record.hash == anchor.hash
    }
}
