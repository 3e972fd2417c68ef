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
    }

    /// The engine `actor` acts through at `terminal` (as `admin` when another member is at
    /// the keyboard), refusing records further ahead of the machine's clock than the hall
    /// allows, except in a practice folder, whose clock is the script's (`HALLDESK_NOW`).
    /// It takes snapshots by itself as `[snapshots]` says (see `AutoSnapshot`), and keeps the
    /// report checkpoints beside the log as months begin (`ReportCheckpointKeeper`).
    public func engine(for actor: StaffMember, admin: StaffMember? = nil, at terminal: String) throws(LogFailure) -> HallEngine {
        let engine = try HallEngine(folder: folder, catalog: catalog, actor: actor, terminal: terminal, admin: admin)
        engine.aheadTolerance = folder.isPractice ? nil : clock.aheadTolerance
        engine.autoSnapshot = AutoSnapshot(policy: snapshots, storage: SnapshotStore(folder: folder.snapshotsURL),
                                           reports: ReportCheckpointKeeper(logURL: folder.logURL, zone: timeZone))
        return engine
    }

    /// The categories, deadlines and calendar that work-order decisions need, from the data
    /// folder's seeds, with the seed error kept for a screen to show or a command to print.
    public func loadWorkOrderSettings() throws(SeedError) -> WorkOrderSettings {
        try SeedWorkOrders.load(folder: folder.seedsURL, calendar: try SeedCalendar.load(folder: folder.seedsURL, timeZone: timeZone))
    }
}
