/// The steps of repairing a torn tail (`EventLog`), in order, for crash tests to stop
/// between: a crash after any of them must leave the torn bytes either in the log or in a
/// quarantine file that the log's `logRepaired` names, once the next writer has opened it.
public enum RepairStep: String, Sendable, CaseIterable {
    /// The torn bytes are durable in `quarantine/<name>.pending`.
    case quarantined
    /// The log is cut back to where the torn bytes began.
    case cut
    /// The `logRepaired` record naming `quarantine/<name>` is durable.
    case recorded
    /// The quarantine file has its final name.
    case named
}
