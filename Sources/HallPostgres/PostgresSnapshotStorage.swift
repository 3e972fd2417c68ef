import HallStore
import PostgresNIO

/// A hall's snapshots in the `snapshots` table: each one a row inserted with the seq it
/// follows, and the newest row for a seq counts, so the consoles need no right to change
/// a row (see `PostgresSchema`). Nothing is ever removed: the table is append-only like
/// the log, and the loader tries the newest seq first and falls back to older ones, as
/// for the files. Loading checks the bytes against the log as for the file.
///
/// Unchecked `Sendable` for `AutoSnapshot`, which keeps bytes on its own queue: one storage
/// is used by one thread at a time, so each writer gets its own (see `StoreChoice.postgres`);
/// its statements may share the connection with the terminal's thread (`PostgresLink`).
public final class PostgresSnapshotStorage: SnapshotStorage, @unchecked Sendable {
    private let store: PostgresEventStore

    /// The snapshots of `store`'s hall, over `store`'s connection.
    public init(store: PostgresEventStore) {
        self.store = store
    }

    public func storedSeqs() throws(LogFailure) -> [Int] {
        let rows = try store.link.run("SELECT DISTINCT seq FROM snapshots WHERE hall = \(store.hall) ORDER BY seq DESC")
        var seqs: [Int] = []
        for row in rows {
            do {
                seqs.append(Int(try row.decode(Int64.self)))
            } catch {
                throw LogFailure.serverUnavailable(detail: "快照列表读不出：\(error)")
            }
        }
        return seqs
    }

    public func storedBytes(seq: Int) throws(LogFailure) -> [UInt8]? {
        let rows = try store.link.run("""
            SELECT bytes FROM snapshots WHERE hall = \(store.hall) AND seq = \(Int64(seq)) ORDER BY kept DESC LIMIT 1
            """)
        guard let row = rows.first else { return nil }
        do {
            return Array(try row.decode(ByteBuffer.self).readableBytesView)
        } catch {
            throw LogFailure.serverUnavailable(detail: "快照读不出：\(error)")
        }
    }

    /// One INSERT: whole or not at all.
    public func store(_ bytes: [UInt8], seq: Int) throws(LogFailure) {
        try store.link.run("INSERT INTO snapshots (hall, seq, bytes) VALUES (\(store.hall), \(Int64(seq)), \(ByteBuffer(bytes: bytes)))")
    }

    /// Nothing: the consoles may not delete, and an older snapshot is only ever a fallback.
    public func remove(seq: Int) throws(LogFailure) {}

    /// None: the database never held the single-file snapshots of format 3.
    public func legacyBytes() -> [UInt8]? { nil }

    /// Nothing: an INSERT leaves no temporary file behind.
    public func removeLeftovers() {}
}
