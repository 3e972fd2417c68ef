/// When a writer takes a snapshot by itself (see `AutoSnapshot`), and how many it keeps;
/// from `hall.toml`'s `[snapshots]` (see `SeedSnapshots`).
public struct SnapshotPolicy: Sendable, Equatable {
    /// A snapshot once this many records followed the last `snapshotTaken`; 0 for never.
    public var everyRecords: Int
    /// A snapshot with the first record of each new business day (see `HallReplica.snapshotDue`).
    public var atDayClose: Bool
    /// How many snapshot files to keep, newest first: the older ones are the fallback
    /// when the newest cannot be used.
    public var keep: Int

    /// 20,000 records is about a month of a hall's ~740 events a day: start-up replays at
    /// most that many beyond the last day's close.
    public static let defaults = SnapshotPolicy(everyRecords: 20_000, atDayClose: true, keep: 3)

    public init(everyRecords: Int, atDayClose: Bool, keep: Int) {
        self.everyRecords = everyRecords
        self.atDayClose = atDayClose
        self.keep = keep
    }
}
