import CSQLite3
import Foundation
import HallStore

/// The store a user would pick instead of the event log: one SQLite table, WAL journal,
/// `synchronous=FULL` (so a commit is on disk when it returns, like an acknowledged
/// append), one insert per transaction.
///
/// `shared` opens a file several writer processes use at once (the eight-writer figure):
/// the table is made only if missing, and a writer waits for the lock (`busy_timeout`)
/// rather than failing at once.
final class SQLiteLog {
    private var db: OpaquePointer?
    private var insert: OpaquePointer?
    private var last: OpaquePointer?

    init(path: String, shared: Bool = false) throws {
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw failure("open") }
        if shared { try execute("PRAGMA busy_timeout=30000") }
        try execute("PRAGMA journal_mode=WAL")
        try execute("PRAGMA synchronous=FULL")
        try execute("""
            CREATE TABLE \(shared ? "IF NOT EXISTS " : "")events (seq INTEGER PRIMARY KEY, ts TEXT NOT NULL, actor TEXT NOT NULL,
                                 terminal TEXT NOT NULL, type TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL)
            """)
        guard sqlite3_prepare_v2(db, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &insert, nil) == SQLITE_OK,
              sqlite3_prepare_v2(db, "SELECT coalesce(max(seq), 0) FROM events", -1, &last, nil) == SQLITE_OK else {
            throw failure("prepare")
        }
    }

    deinit {
        sqlite3_finalize(insert)
        sqlite3_finalize(last)
        sqlite3_close(db)
    }

    /// One durable insert: BEGIN IMMEDIATE (the writer lock, as the log's flock), INSERT, COMMIT.
    func append(_ record: LogRecord) throws {
        try execute("BEGIN IMMEDIATE")
        try insert(seq: record.seq, timestamp: record.timestamp, actor: record.actor, terminal: record.terminal,
                   type: record.type, version: record.version, body: record.body)
        try execute("COMMIT")
    }

    /// One durable insert after whatever is last, as one of several writers: BEGIN
    /// IMMEDIATE, read the last seq under the lock, INSERT the next, COMMIT; that seq.
    func appendNext(_ record: NewRecord) throws -> Int {
        try execute("BEGIN IMMEDIATE")
        guard sqlite3_step(last) == SQLITE_ROW else { throw failure("max(seq)") }
        let seq = Int(sqlite3_column_int64(last, 0)) + 1
        sqlite3_reset(last)
        try insert(seq: seq, timestamp: record.timestamp.formatted(.iso8601), actor: record.actor, terminal: record.terminal,
                   type: record.type, version: record.version, body: record.body)
        try execute("COMMIT")
        return seq
    }

    private func insert(seq: Int, timestamp: String, actor: String, terminal: String, type: String, version: Int, body: Data) throws {
        sqlite3_bind_int64(insert, 1, Int64(seq))
        // SQLITE_STATIC (nil): the strings outlive the step that reads them.
        try timestamp.withCString { ts in
            try actor.withCString { actor in
                try terminal.withCString { terminal in
                    try type.withCString { type in
                        try body.withUnsafeBytes { body in
                            sqlite3_bind_text(insert, 2, ts, -1, nil)
                            sqlite3_bind_text(insert, 3, actor, -1, nil)
                            sqlite3_bind_text(insert, 4, terminal, -1, nil)
                            sqlite3_bind_text(insert, 5, type, -1, nil)
                            sqlite3_bind_int(insert, 6, Int32(version))
                            sqlite3_bind_text(insert, 7, body.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(body.count), nil)
                            guard sqlite3_step(insert) == SQLITE_DONE else { throw failure("insert") }
                        }
                    }
                }
            }
        }
        sqlite3_reset(insert)
    }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw failure(sql) }
    }

    private func failure(_ step: String) -> BenchFailure {
        BenchFailure("SQLite \(step): \(String(cString: sqlite3_errmsg(db)))")
    }
}
