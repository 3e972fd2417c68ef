import HallDomain

extension HallEngine {
    /// The engine of the hall in `folder`: its log file (timestamps in the hall's zone, a
    /// repair signed by `actor` at `terminal`), its snapshot file and its roster file.
    public convenience init(folder: DataFolder, catalog: Catalog, actor: StaffMember, terminal: String,
                            admin: StaffMember? = nil) throws(LogFailure) {
        let store = FileEventStore(url: folder.logURL, timeZone: catalog.hall.zone, repairActor: actor.id, repairTerminal: terminal)
        try self.init(store: store, snapshots: SnapshotStore(folder: folder.snapshotsURL), catalog: catalog, actor: actor,
                      terminal: terminal, admin: admin,
                      roster: try? SeedStaff.fingerprinted(folder.seedsURL.appendingPathComponent("staff.toml")))
    }
}
