/// A writer stored a snapshot of the state after record `seq` (`snapshots/snapshot-<seq>.bin`)
/// and names its bytes here, in the record right after `seq`. A terminal starts from a
/// snapshot only if its bytes hash to `sha256` and this record follows the snapshot's head
/// in the chain: the snapshot file itself proves nothing, the log vouches for it.
public struct SnapshotTaken: EventBody {
    public static let type = "snapshotTaken"
    public static let version = 1

    /// The last record the snapshot's state includes.
    public var seq: Int
    /// Lowercase hex SHA-256 of the snapshot file's bytes.
    public var sha256: String

    public init(seq: Int, sha256: String) {
        self.seq = seq
        self.sha256 = sha256
    }
}
