/// What the hall needs from its log, whatever keeps it: the local file (`FileEventStore`),
/// a PostgreSQL table for several machines and halls (`PostgresEventStore`, in the
/// `HallPostgres` target so that this one stays free of SwiftNIO), and the tests'
/// `InMemoryEventStore`.
/// `HallEngine`, `HallReplica`, `ReportReader` and snapshots reach the log only through it.
///
/// Every conformer keeps the same records: the same line bytes, hashes and chain, batches
/// framed by a `batchOpened` record, the same refusals.
public protocol EventStore: AnyObject {
    /// The last record: reads what others appended since this store last looked.
    func head() throws(LogFailure) -> LogHead

    /// Appends `records` only if the log's last `seq` is still `lastSeq`; otherwise throws
    /// `.conflict` with the new head, so the caller can catch up and decide again. Several
    /// records go in as one batch, whole or absent. Returns the records as written.
    func append(_ records: [NewRecord], expecting lastSeq: Int) throws(LogFailure) -> [LogRecord]

    /// Calls `each` with every record after `seq`, in order, one at a time (a long log is
    /// never held in memory), including ones others appended.
    func replay(after seq: Int, _ each: (LogRecord) -> Void) throws(LogFailure)

    /// A reader that hands over, at each poll, the records appended since its last one,
    /// starting after `anchor` (`.empty` for the whole log, or a snapshot's head).
    func follow(after anchor: LogHead) -> any EventFollower

    /// Whether this store holds `anchor` (a snapshot's head) where it says, and the record
    /// right after it: what binds a snapshot to the log. Throws when the log cannot be read.
    func check(_ anchor: LogHead) throws(LogFailure) -> AnchorCheck

    /// Gets ready to append, reading only what follows `anchor` when the store holds it.
    /// A writer calls it once at start-up, so that a log it cannot write, or a torn tail to
    /// repair, is met then rather than at its first action.
    func prepareToAppend(after anchor: LogHead) throws(LogFailure)

    /// The failure an append would meet now (no room, read-only, moved), found without
    /// writing anything; nil when an append could go ahead.
    func writeProblem() -> LogFailure?
}

extension EventStore {
    /// Every record after `seq`, in order.
    public func records(after seq: Int) throws(LogFailure) -> [LogRecord] {
        var found: [LogRecord] = []
        try replay(after: seq) { found.append($0) }
        return found
    }
}
