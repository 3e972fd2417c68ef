import HallStore
import PostgresNIO

/// A hall's snapshot in the `snapshots` table: each `replace` inserts a row and the newest
/// row of the hall counts, so the consoles need no right to change a row (see
/// `PostgresSchema`). Loading checks the bytes against the log as for the file.
public final class PostgresSnapshotStorage: SnapshotStorage {
    private let store: PostgresEventStore

    /// The snapshots of `store`'s hall, over `store`'s connection.
    public init(store: PostgresEventStore) {
        self.store = store
    }

    public func storedBytes() throws(LogFailure) -> [UInt8]? {
        let rows = try store.link.run("""
            SELECT bytes FROM snapshots WHERE hall = \(store.hall) ORDER BY kept DESC LIMIT 1
            """)
        guard let row = rows.first else { return nil }
        do {
            return Array(try row.decode(ByteBuffer.self).readableBytesView)
        } catch {
            throw LogFailure.serverUnavailable(detail: "快照读不出：\(error)")
        }
    }

    /// One INSERT: whole or not at all.
    public func replace(with bytes: [UInt8]) throws(LogFailure) {
        try store.link.run("INSERT INTO snapshots (hall, bytes) VALUES (\(store.hall), \(ByteBuffer(bytes: bytes)))")
    }
}
