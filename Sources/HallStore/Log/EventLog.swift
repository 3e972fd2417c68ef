import Foundation
import Glibc

/// The writer of the append-only event log file (see docs/log-format.md).
///
/// Any number of processes may each hold one. Appends are serialised with `flock` on the
/// log file and checked against the caller's expected last `seq`, so two terminals that
/// decide at once cannot both win. An append that returned is on disk (`fdatasync`).
/// Several records in one append are framed as a batch (`BatchFrame`): whole or absent.
/// Only a writer holding the lock repairs a torn tail (bytes without a final newline, or
/// an unfinished batch); a complete line that fails its checks, the last one too, is
/// damage and never cut: the writer refuses.
public final class EventLog {
    /// The most one `write` call carries: a batch of any size goes in as many as it needs.
    static let writeChunkBytes = 1 << 20

    public let url: URL
    /// The last record this writer has seen (its own or another process's).
    public private(set) var head: LogHead
    private let file: OpenFile
    private let timeZone: TimeZone
    private let repairActor: String
    private let repairTerminal: String
    /// The quarantine folder's path, worked out once: every append looks for repairs left
    /// pending there, and building it from the URL each time cost more than the look.
    private let quarantinePath: String
    private var index: RecordIndex
    /// Set when the disk failed to confirm a write: nothing is known about the file any
    /// more, so this writer refuses everything and a new one must re-read the log.
    private var broken: LogFailure?
    /// Called after each step of a repair; only the crash tests use it (`logstress`).
    private let afterRepairStep: ((RepairStep) -> Void)?

    /// Creates an empty log file (0640); fails if anything is already at `url`. A log is
    /// never created implicitly by opening, so a wrong path cannot start a second history.
    public static func create(at url: URL) throws(LogFailure) {
        try DurableFiles.createFile(url, contents: [])
    }

    /// Opens the log at `url` for writing: reads it (from `anchor` if given and it matches
    /// the file, else from the top), then under the lock repairs a torn tail.
    ///
    /// - Parameters:
    ///   - timeZone: the site's zone; timestamps are written in it with its offset.
    ///   - repairActor, repairTerminal: who a `logRepaired` record is written as.
    ///   - anchor: a head known good, e.g. a snapshot's, so opening reads only what follows.
    ///   - afterRepairStep: called after each step of a repair, for crash tests.
    public init(url: URL, timeZone: TimeZone, repairActor: String, repairTerminal: String, trusting anchor: LogHead? = nil,
                afterRepairStep: ((RepairStep) -> Void)? = nil) throws(LogFailure) {
        self.url = url
        self.afterRepairStep = afterRepairStep
        self.timeZone = timeZone
        self.repairActor = repairActor
        self.repairTerminal = repairTerminal
        quarantinePath = Quarantine.folder(for: url).path
        file = try OpenFile.openTrusted(url.path, flags: O_RDWR | O_APPEND)
        head = .empty
        index = RecordIndex(startingAt: 1)
        if let anchor, anchor.seq > 0, try ChainReader.holds(file, anchor) {
            head = anchor
            index = RecordIndex(anchor: anchor)
        }
        try catchUp(repairing: false)
        try file.lockExclusive()
        defer { file.unlock() }
        try catchUp(repairing: true)
    }

    deinit {
        file.close()
    }

    /// Appends `records` if the log's last `seq` is `lastSeq`: one record as it is, several
    /// as one batch after a `batchOpened` record, so that a crash leaves all or none of
    /// them. Returns the records as written, the opener left out.
    ///
    /// Throws `.conflict(head:)` (with `head` already moved on) when another process
    /// appended first, `.notJSONObject` for a bad body, and
    /// `.diskFull`, `.readOnly`, `.permissionDenied` with the file cut back to where it was,
    /// and `.moved` when the file this writer opened is no longer at `url` (it never writes
    /// to a log that was renamed or deleted, and never creates one).
    /// An empty batch writes nothing and returns nothing.
    public func append(_ records: [NewRecord], expecting lastSeq: Int) throws(LogFailure) -> [LogRecord] {
        if let broken { throw broken }
        guard !records.isEmpty else { return [] }
        try AppendLines.check(records)
        try file.lockExclusive()
        defer { file.unlock() }
        let size = try file.checkStillNamed()
        try catchUp(repairing: true, size: size)
        guard head.seq == lastSeq else { throw LogFailure.conflict(head: head) }
        return Array(try write(AppendLines.framed(records)).suffix(records.count))
    }

    /// Every record after `seq`, in order, including those other processes appended since.
    public func records(after seq: Int) throws(LogFailure) -> [LogRecord] {
        var found: [LogRecord] = []
        try replay(after: seq) { found.append($0) }
        return found
    }

    /// Calls `each` with every record after `seq`, in order, without holding them all in
    /// memory: for replaying a long log.
    public func replay(after seq: Int, _ each: (LogRecord) -> Void) throws(LogFailure) {
        if let broken { throw broken }
        try catchUp(repairing: false)
        guard seq < head.seq else { return }
        var reader = ChainReader(after: .empty)
        if seq >= 1, let offset = index.offset(of: seq) {
            reader = ChainReader(atRecord: offset, seq: seq)
        }
        let stop = try reader.read(file, to: head.endOffset, checkBodies: false) { record in
            if record.seq > seq { each(record) }
        }
        if case .bad(let bad) = stop {
            throw LogFailure.corrupt(seq: bad.seq, line: bad.line, defect: bad.defect)
        }
    }

    /// Reads what other processes appended since and returns the head. Takes no lock, so
    /// a write in progress at the end is left to its writer.
    func readHead() throws(LogFailure) -> LogHead {
        if let broken { throw broken }
        try catchUp(repairing: false)
        return head
    }

    /// Reads what was appended since `head`. A complete line that fails its checks is
    /// corruption wherever it is. Without the lock an incomplete line or unfinished batch
    /// at the end may be a write in progress and is left alone; with it (`repairing`) it is
    /// a torn tail and gets repaired. `known` is the file's size when the caller has just
    /// read it under the lock.
    private func catchUp(repairing: Bool, size known: UInt64? = nil) throws(LogFailure) {
        let size = if let known { known } else { try file.size() }
        if size < head.endOffset {
            throw LogFailure.corrupt(seq: head.seq, line: head.seq, defect: .shrunk)
        }
        var reader = ChainReader(after: head)
        let stop = try reader.read(file, to: size, checkBodies: false) { index.add($0) }
        head = reader.head
        if repairing { try finishPendingRepairs() }
        switch stop {
        case .end:
            return
        case .incomplete(let offset), .unfinishedBatch(let offset, _):
            if repairing { try repairTail(from: offset, to: size) }
        case .bad(let bad):
            throw LogFailure.corrupt(seq: bad.seq, line: bad.line, defect: bad.defect)
        }
    }

    /// Moves the torn bytes `[offset, size)` to quarantine, cuts the log back to `offset`
    /// and records the repair as a `logRepaired` record. Caller holds the lock. The
    /// quarantine file keeps its pending name until the record is durable, so a crash at any
    /// step leaves something `finishPendingRepairs` completes.
    private func repairTail(from offset: UInt64, to size: UInt64) throws(LogFailure) {
        let torn = try file.read(from: offset, to: size)
        let now = Date()
        let name = try Quarantine.keep(torn, from: offset, logURL: url, at: now)
        afterRepairStep?(.quarantined)
        try file.truncate(to: offset)
        do {
            try file.sync()
        } catch {
            broken = error
            throw error
        }
        afterRepairStep?(.cut)
        try recordRepair(bytes: torn.count, offset: offset, name: name, at: now)
    }

    /// Appends the `logRepaired` record for quarantine file `name`, then gives the file its
    /// final name. Caller holds the lock and the file ends at `head.endOffset`.
    private func recordRepair(bytes: Int, offset: UInt64, name: String, at now: Date) throws(LogFailure) {
        var body = Array("{\"bytes\":\(bytes),\"offset\":\(offset),\"quarantineFile\":".utf8)
        JSONString.append("quarantine/\(name)", to: &body)
        body.append(UInt8(ascii: "}"))
        let repair = NewRecord(
            actor: repairActor, terminal: repairTerminal, type: "logRepaired", version: 1,
            body: Data(body), timestamp: now
        )
        _ = try write([repair])
        afterRepairStep?(.recorded)
        try Quarantine.finish(name, logURL: url)
        afterRepairStep?(.named)
    }

    /// Completes the repairs a crash interrupted, from their pending quarantine files. Caller
    /// holds the lock and has read up to `head`.
    /// - the record at the file's offset names it: only the final name was missing;
    /// - the log still holds its bytes there: the copy goes, the tail is repaired anew;
    /// - the log was cut there and nothing followed: the `logRepaired` record is written.
    /// Anything else is left for an operator to see: bytes are never dropped.
    private func finishPendingRepairs() throws(LogFailure) {
        for pending in try Quarantine.pending(in: quarantinePath) {
            let end = pending.offset + UInt64(pending.bytes.count)
            if pending.offset < head.endOffset {
                if try recordNames(pending.name, at: pending.offset) { try Quarantine.finish(pending.name, logURL: url) }
            } else if pending.offset == head.endOffset {
                let size = try file.size()
                if size >= end, try file.read(from: pending.offset, to: end) == pending.bytes {
                    try Quarantine.discard(pending.name, logURL: url)
                } else if size == head.endOffset {
                    try recordRepair(bytes: pending.bytes.count, offset: pending.offset, name: pending.name, at: Date())
                }
            }
        }
    }

    /// Whether the record at `offset` is the `logRepaired` naming quarantine file `name`.
    private func recordNames(_ name: String, at offset: UInt64) throws(LogFailure) -> Bool {
        var names = false
        var quoted: [UInt8] = Array("\"quarantineFile\":".utf8)
        JSONString.append("quarantine/\(name)", to: &quoted)
        _ = try LineReader.forEachLine(in: file, from: offset, to: head.endOffset) { line, _ in
            if case .success(let record) = RecordScanner.scan(line, offset: offset, checkBody: false), record.type == "logRepaired" {
                names = Array(record.body).firstRange(of: quoted) != nil
            }
            return false
        }
        return names
    }

    /// Writes `records` after `head` in as many `write`s as they need, then one
    /// `fdatasync`. Caller holds the lock and has caught up, so the file ends at
    /// `head.endOffset`; a failed write cuts the file back there.
    private func write(_ records: [NewRecord]) throws(LogFailure) -> [LogRecord] {
        let lines = AppendLines(records, after: head, timeZone: timeZone)
        let bytes = lines.bytes
        var done = 0
        while done < bytes.count {
            switch file.writeOnce(bytes, done..<min(done + Self.writeChunkBytes, bytes.count)) {
            case .success(let count) where count > 0:
                done += count
            case .success:
                cutBack()
                throw LogFailure.diskFull
            case .failure(let error) where error.code == EINTR:
                continue
            case .failure(let error):
                cutBack()
                throw LogFailure.from(errno: error.code, operation: "write", path: url.path)
            }
        }
        do {
            try file.syncData()
        } catch {
            broken = error
            throw error
        }
        lines.records.forEach { index.add($0) }
        head = lines.head
        return lines.records
    }

    /// Cuts off whatever part of a failed write reached the file. If even that fails the
    /// file has a torn tail this writer cannot account for: it stops, and the next writer
    /// to open the log quarantines the tail.
    private func cutBack() {
        do {
            guard try file.size() != head.endOffset else { return }
            try file.truncate(to: head.endOffset)
            try file.syncData()
        } catch {
            broken = error
        }
    }
}
