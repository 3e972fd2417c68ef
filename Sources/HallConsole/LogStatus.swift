/// What the console knows about the log it reads, for the home screen and the banner.
public struct LogStatus: Sendable, Equatable {
    /// How far the console has checked the log it replayed.
    public enum Check: Sendable, Equatable {
        /// Every record from 1 to the head was hashed and chained on this start.
        case wholeChain
        /// The snapshot at `snapshotSeq` matched its record; every record after it was
        /// hashed and chained. `halldesk log verify` checks the rest.
        case sinceSnapshot(snapshotSeq: Int)
        /// A snapshot was on disk but did not match the log (`notice` says why), so every
        /// record from 1 to the head was hashed and chained instead.
        case wholeChainSnapshotRejected(notice: String)
        /// The log cannot be trusted as it stands; the text says which record and why.
        case alarm(String)
    }

    public var records: Int
    /// The timestamp of the newest record, as the log wrote it.
    public var lastWrite: String?
    public var check: Check
    /// Set when this terminal may only read (corruption, read-only file, unknown login).
    public var readOnlyReason: String?
    /// A standing reason the log cannot be written now (disk full, read-only, moved), with
    /// the file and what to do: shown across the top of every pane until it clears.
    public var banner: String?

    public init(records: Int, lastWrite: String?, check: Check, readOnlyReason: String?, banner: String? = nil) {
        self.records = records
        self.lastWrite = lastWrite
        self.check = check
        self.readOnlyReason = readOnlyReason
        self.banner = banner
    }
}
