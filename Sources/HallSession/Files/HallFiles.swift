import Foundation
import HallDomain
import HallStore

/// A hall's data folder opened for a command or a console: its profile and roster from the
/// seeds it was made from, so every terminal on the folder agrees on them.
public struct HallFiles {
    public var folder: DataFolder
    public var catalog: Catalog
    /// The `[clock]` table of `hall.toml`: how long a switch-in lasts, how far ahead a record may be.
    public var clock: SeedHallClock
    /// The `[snapshots]` table of `hall.toml`: when writers take snapshots by themselves.
    public var snapshots: SnapshotPolicy
    /// Where the log and snapshots are: the folder's `events.log` unless the executable
    /// found a `store.toml` and chose the database it names.
    public var store: StoreChoice
    public var hall: HallProfile { catalog.hall }
    public var roster: Roster { catalog.roster }

    public var timeZone: TimeZone { hall.zone }

    /// Reads the catalog and the clock from the seeds inside `folder`, a folder known to
    /// hold a log. The executable says what a missing log means before it gets here.
    public init(folder: DataFolder) throws(SeedError) {
        self.folder = folder
        catalog = try SeedCatalog.load(folder: folder.seedsURL)
        clock = try SeedHallClock.load(folder.seedsURL.appendingPathComponent("hall.toml"))
        snapshots = try SeedSnapshots.load(folder.seedsURL.appendingPathComponent("hall.toml"))
        store = .file(folder)
    }

    /// The engine `actor` acts through at `terminal` (as `admin` when another member is at
    /// the keyboard), refusing records further ahead of the machine's clock than the hall
    /// allows, except in a practice folder, whose clock is the script's (`HALLDESK_NOW`).
    /// It takes snapshots by itself as `[snapshots]` says (see `AutoSnapshot`), and keeps the
    /// report checkpoints beside the log as months begin (`ReportCheckpointKeeper`).
    public func engine(for actor: StaffMember, admin: StaffMember? = nil, at terminal: String) throws(LogFailure) -> HallEngine {
        let engine = try HallEngine(store: store.writer(hall.zone, actor.id, terminal), snapshots: store.snapshots(),
                                    catalog: catalog, actor: actor, terminal: terminal, admin: admin,
                                    roster: try? SeedStaff.fingerprinted(folder.seedsURL.appendingPathComponent("staff.toml")))
        engine.aheadTolerance = folder.isPractice ? nil : clock.aheadTolerance
        // Report checkpoints sit beside a file log; a hall in PostgreSQL reads its reports whole.
        engine.autoSnapshot = AutoSnapshot(policy: snapshots, storage: store.snapshots(),
                                           reports: store.isFile ? ReportCheckpointKeeper(logURL: folder.logURL, zone: timeZone) : nil)
        return engine
    }

    /// The state of the hall as a reader follows it (no lock, no repair), from its newest
    /// matching snapshot: what displays, lists and read-only consoles show.
    public func replica() -> HallReplica {
        HallReplica(store: store.reader(), snapshots: store.snapshots())
    }

    /// Reads the log into each of `folds`, as a reader, from the report checkpoints kept in
    /// the data folder (see `ReportReader`).
    public func foldReport(into folds: inout [PeriodReportFold]) throws(ReportReader.Failure) {
        try ReportReader.fold(store.reader(), into: &folds, checkpointsIn: folder)
    }

    /// The categories, deadlines and calendar that work-order decisions need, from the data
    /// folder's seeds, with the seed error kept for a screen to show or a command to print.
    public func loadWorkOrderSettings() throws(SeedError) -> WorkOrderSettings {
        try SeedWorkOrders.load(folder: folder.seedsURL, calendar: try SeedCalendar.load(folder: folder.seedsURL, timeZone: timeZone))
    }
}
