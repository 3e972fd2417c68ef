/// What the hall needs from its log, whatever keeps it: the local file (`EventLog`) now,
/// a PostgreSQL table for several sites later.
public protocol EventStore: AnyObject {
    /// The last record this store knows of.
    var head: LogHead { get }
    /// Appends `records` only if the log's last `seq` is still `lastSeq`; otherwise throws
    /// `.conflict` with the new head, so the caller can catch up and decide again.
    func append(_ records: [NewRecord], expecting lastSeq: Int) throws(LogFailure) -> [LogRecord]
    /// Every record after `seq`, in order, including ones other processes appended.
    func records(after seq: Int) throws(LogFailure) -> [LogRecord]
}
