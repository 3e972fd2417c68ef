import Foundation
import HallStore
import PostgresNIO

/// One hall's event log in PostgreSQL as an `EventStore`: the rows of `records` whose
/// `hall` is this hall (see `PostgresSchema`).
///
/// The records are the file log's, encoded and hashed by the same code (`RecordRows`), so
/// heads, hashes and replays equal a `FileEventStore`'s for the same appends and an export
/// is byte for byte the file. Every row read is rebuilt into its line and checked against
/// its own hash and the one before it, as the file log's readers do: a row changed behind
/// HallDesk's back (by a superuser past the trigger) is `.corrupt`, never believed.
///
/// An append is one statement, so one round trip and one commit: it inserts the rows (a
/// batch's opener and records together) only right after the record they were hashed on
/// (see `insert`). Two writers that both saw the same head both try to insert the same
/// `(hall, seq)`: the primary key lets one through and the other gets `.conflict` with the
/// new head, as with the file log's lock. The commit is then announced to the followers
/// (`announce`). See `PostgresLink` for how the asynchronous client is used synchronously.
public final class PostgresEventStore: EventStore {
    public let hall: String
    let link: PostgresLink
    private let timeZone: TimeZone
    /// How long a follower goes without asking the server when no notification came.
    let pollInterval: TimeInterval
    /// Bumped by every notification for this hall and by this process's own appends to it;
    /// shared by the stores of the hall on the same link.
    let wakeUps: WakeUps
    /// Rows read per query while replaying or following: a long log is never held whole.
    static let pageSize = 2000
    /// The newest head this store has read or written. An append expecting exactly this
    /// head encodes its records after it without asking the server first: a record, once
    /// read back checked, is the hall's record at its seq for good (the table is
    /// append-only), and the insert itself checks it is still there (see `insert`).
    private var known: LogHead?

    /// The log of `hall` in the database at `endpoint`, timestamps written in `timeZone`,
    /// on a connection of its own. Connects at first use. A follower asks the server when
    /// woken by a notification, and at least every `pollInterval` seconds in case one was
    /// missed (a lost connection).
    public convenience init(endpoint: PostgresEndpoint, hall: String, timeZone: TimeZone, pollInterval: TimeInterval = 1) {
        self.init(link: PostgresLink(endpoint), hall: hall, timeZone: timeZone, pollInterval: pollInterval)
    }

    /// The log of `hall` over `link`, which other stores of this process may share.
    init(link: PostgresLink, hall: String, timeZone: TimeZone, pollInterval: TimeInterval = 1) {
        self.link = link
        self.hall = hall
        self.timeZone = timeZone
        self.pollInterval = pollInterval
        wakeUps = link.wakeUps(for: hall)
    }

    /// Closes the connection (shared with the link's other stores); the next call opens a new one.
    public func close() {
        link.close()
    }

    public func head() throws(LogFailure) -> LogHead {
        try head(on: link)
    }

    /// The head as read over `link` (an import's transaction reads it over its own).
    func head(on link: PostgresLink) throws(LogFailure) -> LogHead {
        let rows = try link.run("""
            SELECT \(unescaped: Self.columns) FROM records WHERE hall = \(hall) ORDER BY seq DESC LIMIT 1
            """)
        guard let row = rows.first else { return .empty }
        let head = try Self.checkedAlone(row).head
        known = head
        return head
    }

    public func append(_ records: [NewRecord], expecting lastSeq: Int) throws(LogFailure) -> [LogRecord] {
        guard !records.isEmpty else { return [] }
        try RecordRows.check(records)
        guard let anchor = try knownHead(at: lastSeq) else { throw conflict(try head()) }
        let encoded = RecordRows.encode(records, after: anchor, timeZone: timeZone)
        let head = try insert(encoded, after: anchor)
        // Another writer took the same seq first, or the anchor was not the hall's record
        // at `lastSeq`: a conflict carrying the head as it is now.
        guard let last = encoded.last, head == last.head else { throw conflict(head) }
        known = head
        announce()
        return Array(encoded.suffix(records.count))
    }

    /// A conflict carrying `head`, the hall's head now. It is news too: this store's
    /// followers (the writer's own replica) must ask the server at their next poll rather
    /// than wait for a notification, or the writer decides again on the same stale head
    /// until it gives up.
    private func conflict(_ head: LogHead) -> LogFailure {
        known = head
        wakeUps.bump()
        return .conflict(head: head)
    }

    /// Wakes this process's followers of the hall at once, and every other listener through
    /// a notification, once the records are committed.
    ///
    /// Not a trigger in the appending transaction, as in schema version 1: PostgreSQL
    /// serializes the commits of every transaction that notifies, WAL flush included, under
    /// one lock for the whole server, so appends to all halls took turns at the disk (8
    /// clients inserting with the trigger: 188 commits/s; without it: 1,200, the flushes
    /// shared). The notification goes in a transaction of its own, committed without
    /// waiting for the disk: a notification is never durable anyway, the records it
    /// announces already are, and one lost with a connection is made up for by the
    /// followers' poll. Its failure is not the append's.
    func announce() {
        wakeUps.bump()
        _ = try? link.run("SELECT set_config('synchronous_commit', 'off', true), pg_notify(\(PostgresSchema.channel), \(hall))")
    }

    public func replay(after seq: Int, _ each: (LogRecord) -> Void) throws(LogFailure) {
        guard var last = try anchorHead(at: seq) else { return }
        while true {
            let page = try rows(after: last)
            for record in page {
                each(record)
                last = record.head
            }
            if page.count < Self.pageSize { return }
        }
    }

    public func follow(after anchor: LogHead) -> any EventFollower {
        PostgresFollower(self, after: anchor)
    }

    public func check(_ anchor: LogHead) throws(LogFailure) -> AnchorCheck {
        let rows = try link.run("""
            SELECT \(unescaped: Self.columns) FROM records
            WHERE hall = \(hall) AND seq BETWEEN \(anchor.seq) AND \(anchor.seq + 1) ORDER BY seq
            """)
        var found = Array(rows)
        if anchor.seq > 0 {
            guard let first = found.first, let held = try? Self.checkedAlone(first), held.seq == anchor.seq,
                  held.head == anchor
            else { return .notHeld }
            found.removeFirst()
        }
        guard let next = found.first else { return .held(next: nil) }
        return .held(next: try? Self.checked(next, after: anchor))
    }

    /// Checks that the database has HallDesk's tables in this version, and reads the head.
    public func prepareToAppend(after anchor: LogHead) throws(LogFailure) {
        let installed = try PostgresSchema.installedVersion(link)
        guard installed == PostgresSchema.version else {
            throw LogFailure.serverUnavailable(detail: installed.map {
                "数据库里的 HallDesk 表结构是第 \($0) 版，本程序需要第 \(PostgresSchema.version) 版"
            } ?? "数据库里没有 HallDesk 的表，请先由数据库所有者安装（halldesk init --store）")
        }
        _ = try head()
    }

    /// Whether the server can be reached now; it is asked only when the connection was lost.
    public func writeProblem() -> LogFailure? {
        do throws(LogFailure) {
            _ = try link.connected()
            return nil
        } catch {
            return error
        }
    }

    /// Hands over each record's line, newline included, in order and checked as `replay`
    /// checks: their concatenation is the file log of the same records, byte for byte.
    public func exportLines(_ each: ([UInt8]) -> Void) throws(LogFailure) {
        try replay(after: 0) { each(RecordRows.line(of: $0)) }
    }

    // MARK: Rows

    /// The columns every read selects, in the order `checked` decodes them.
    static let columns = "seq, ts, actor, terminal, type, version, body, prev, hash, line_offset"

    /// Inserts `encoded`, the records of one append after `anchor`, in one call and so one
    /// round trip: all of them or none. `halldesk_append` (see `PostgresSchema`) inserts
    /// nothing unless `anchor` is the hall's record at its seq (nothing else for an empty
    /// hall), and the primary key refuses a seq another writer took first; with both, the
    /// rows go exactly after the head they were hashed on, as the old transaction's "read the
    /// head, compare, insert" did in five round trips. It returns the hall's head after the
    /// call, checked here: the last of `encoded` when they went in, the head a conflict
    /// carries when they did not, without another round trip to read it.
    func insert(_ encoded: [LogRecord], after anchor: LogHead) throws(LogFailure) -> LogHead {
        let rows = try link.run("""
            SELECT * FROM halldesk_append(
                \(hall), \(anchor.seq), \(anchor.hash), \(encoded.map(\.seq)), \(encoded.map(\.timestamp)), \(encoded.map(\.actor)),
                \(encoded.map(\.terminal)), \(encoded.map(\.type)), \(encoded.map(\.version)),
                \(encoded.map { String(decoding: $0.body, as: UTF8.self) }), \(encoded.map(\.prev)), \(encoded.map(\.hash)),
                \(encoded.map { Int($0.offset) }))
            """)
        guard let row = rows.first else { return .empty }
        return try Self.checkedAlone(row).head
    }

    /// One record as it is, for an import's transaction on `link`.
    func insert(_ record: LogRecord, on link: PostgresLink) throws(LogFailure) {
        try link.run("""
            INSERT INTO records (hall, seq, ts, actor, terminal, type, version, body, prev, hash, line_offset)
            VALUES (\(hall), \(record.seq), \(record.timestamp), \(record.actor), \(record.terminal), \(record.type),
                    \(record.version), \(String(decoding: record.body, as: UTF8.self)), \(record.prev), \(record.hash),
                    \(Int(record.offset)))
            """)
    }

    /// The hall's record at `seq` as a head, `.empty` for 0: remembered when it is the
    /// newest this store saw, read otherwise; nil when the log does not reach `seq`.
    private func knownHead(at seq: Int) throws(LogFailure) -> LogHead? {
        if let known, known.seq == seq { return known }
        return try anchorHead(at: seq)
    }

    /// The head at record `seq` (checked alone), `.empty` for 0: where a replay starts; nil
    /// when the log does not reach `seq`, so nothing follows it.
    private func anchorHead(at seq: Int) throws(LogFailure) -> LogHead? {
        guard seq > 0 else { return .empty }
        let rows = try link.run("SELECT \(unescaped: Self.columns) FROM records WHERE hall = \(hall) AND seq = \(seq)")
        return try rows.first.map { row throws(LogFailure) in try Self.checkedAlone(row).head }
    }

    /// Up to a page of records after `last`, each checked against the one before it.
    func rows(after last: LogHead) throws(LogFailure) -> [LogRecord] {
        let rows = try link.run("""
            SELECT \(unescaped: Self.columns) FROM records
            WHERE hall = \(hall) AND seq > \(last.seq) ORDER BY seq LIMIT \(Self.pageSize)
            """)
        var previous = last
        var records: [LogRecord] = []
        for row in rows {
            let record = try Self.checked(row, after: previous)
            records.append(record)
            previous = record.head
        }
        if let last = records.last, last.seq > (known?.seq ?? 0) { known = last.head }
        return records
    }

    /// A row rebuilt into its record, checked as the file log's readers check a line: its
    /// own hash, its place after `previous` (seq, prev, offset).
    static func checked(_ row: PostgresRow, after previous: LogHead) throws(LogFailure) -> LogRecord {
        let record = try checkedAlone(row)
        func damaged(_ defect: RecordDefect) -> LogFailure { .corrupt(seq: record.seq, line: record.seq, defect: defect) }
        guard record.seq == previous.seq + 1 else { throw damaged(.wrongSeq) }
        guard record.prev == previous.hash else { throw damaged(.chainBroken) }
        guard record.offset == previous.endOffset else { throw damaged(.malformed) }
        return record
    }

    /// A row rebuilt into its record, checked against its own hash only.
    static func checkedAlone(_ row: PostgresRow) throws(LogFailure) -> LogRecord {
        let fields: (Int, String, String, String, String, Int, String, String, String, Int)
        do {
            fields = try row.decode((Int, String, String, String, String, Int, String, String, String, Int).self)
        } catch {
            throw LogFailure.serverUnavailable(detail: "记录的列读不出：\(error)")
        }
        let (seq, timestamp, actor, terminal, type, version, body, prev, hash, offset) = fields
        let rebuilt = RecordRows.line(
            seq: seq, timestamp: timestamp, actor: actor, terminal: terminal, type: type, version: version,
            body: Data(body.utf8), prev: prev, offset: UInt64(max(offset, 0))
        ).record
        guard rebuilt.hash == hash else { throw LogFailure.corrupt(seq: seq, line: seq, defect: .hashMismatch) }
        return rebuilt
    }
}
