import Foundation

/// Where a hall's log and snapshots are kept, chosen once when its data folder is opened:
/// the folder's own `events.log` (`file`), or a database that `store.toml` names, filled in
/// from `HallPostgres` by the executable, so that this target needs no SwiftNIO.
/// Every engine, replica, report and probe of a console or a command opens its store here
/// (through `HallFiles`), never the log file by its path.
public struct StoreChoice: Sendable {
    /// The log as a writer opens it; `actor` and `terminal` sign the repair of a torn tail.
    public var writer: @Sendable (_ timeZone: TimeZone, _ actor: String, _ terminal: String) -> any EventStore
    /// The log as a reader opens it: no lock, never a repair.
    public var reader: @Sendable () -> any EventStore
    /// The snapshots bound to that log. Each call gets its own, so that a background
    /// snapshot (`AutoSnapshot`) never shares a connection with the terminal's thread.
    public var snapshots: @Sendable () -> any SnapshotStorage & Sendable
    /// The failure an append would meet now, found without writing anything; for the file
    /// log, `minimumFree` bytes must be left on its disk.
    public var problem: @Sendable (_ minimumFree: UInt64) -> LogFailure?
    /// What a banner says while `failure` keeps this log from being written.
    public var banner: @Sendable (_ failure: LogFailure) -> String
    /// Where the log is, for messages: the file's path, or the hall and its database.
    public var place: String
    /// Whether the log is the data folder's own `events.log`, which the file-level tools
    /// (`log verify`'s byte checks, `doctor`'s disk and permission checks) read by its path.
    public var isFile: Bool

    public init(writer: @escaping @Sendable (TimeZone, String, String) -> any EventStore,
                reader: @escaping @Sendable () -> any EventStore,
                snapshots: @escaping @Sendable () -> any SnapshotStorage & Sendable,
                problem: @escaping @Sendable (UInt64) -> LogFailure?,
                banner: @escaping @Sendable (LogFailure) -> String,
                place: String, isFile: Bool) {
        self.writer = writer
        self.reader = reader
        self.snapshots = snapshots
        self.problem = problem
        self.banner = banner
        self.place = place
        self.isFile = isFile
    }

    /// The log file and snapshot files of `folder`, as every hall had before `store.toml`.
    public static func file(_ folder: DataFolder) -> StoreChoice {
        let log = folder.logURL, snapshots = folder.snapshotsURL
        return StoreChoice(
            writer: { zone, actor, terminal in
                FileEventStore(url: log, timeZone: zone, repairActor: actor, repairTerminal: terminal)
            },
            reader: { FileEventStore(readingFrom: log) },
            snapshots: { SnapshotStore(folder: snapshots) },
            problem: { minimumFree in LogHealth.problem(log: log, minimumFree: minimumFree) },
            banner: { LogHealth.banner($0, log: log) },
            place: log.path, isFile: true
        )
    }
}
