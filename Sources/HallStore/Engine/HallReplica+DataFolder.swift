extension HallReplica {
    /// The replica of the hall in `folder`: its log file, read as a reader reads it (no
    /// lock, never a repair), and its snapshot file.
    public convenience init(folder: DataFolder) {
        self.init(store: FileEventStore(readingFrom: folder.logURL), snapshots: SnapshotStore(folder: folder.snapshotsURL))
    }
}
