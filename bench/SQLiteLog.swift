import CSQLite3
import Foundation
import HallStore

/// The store a user would pick instead of the event log: one SQLite table, WAL journal,
/// `synchronous=FULL` (so a commit is on disk when it returns, like an acknowledged
/// append), one insert per transaction.
final class SQLiteLog {
    private var db: OpaquePointer?
    private var insert: OpaquePointer?

    init(path: String) throws {
        guard sqlite3_open(path, &db) == SQLITE_OK else { throw failure("open") }
        try execute("PRAGMA journal_mode=WAL")
        try execute("PRAGMA synchronous=FULL")
        try execute("""
            CREATE TABLE events (seq INTEGER PRIMARY KEY, ts TEXT NOT NULL, actor TEXT NOT NULL, terminal TEXT NOT NULL,
                                 type TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL)
            """)
        guard sqlite3_prepare_v2(db, "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)", -1, &insert, nil) == SQLITE_OK else {
            throw failure("prepare")
        }
    }

    deinit {
        sqlite3_finalize(insert)
        sqlite3_close(db)
    }

    /// One durable insert: BEGIN IMMEDIATE (the writer lock, as the log's flock), INSERT, COMMIT.
    func append(_ record: LogRecord) throws {
        try execute("BEGIN IMMEDIATE")
        sqlite3_bind_int64(insert, 1, Int64(record.seq))
        // SQLITE_STATIC (nil): the strings outlive the step that reads them.
        try record.timestamp.withCString { ts in
            try record.actor.withCString { actor in
                try record.terminal.withCString { terminal in
                    try record.type.withCString { type in
                        try record.body.withUnsafeBytes { body in
                            sqlite3_bind_text(insert, 2, ts, -1, nil)
                            sqlite3_bind_text(insert, 3, actor, -1, nil)
                            sqlite3_bind_text(insert, 4, terminal, -1, nil)
                            sqlite3_bind_text(insert, 5, type, -1, nil)
                            sqlite3_bind_int(insert, 6, Int32(record.version))
                            sqlite3_bind_text(insert, 7, body.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(body.count), nil)
                            guard sqlite3_step(insert) == SQLITE_DONE else { throw failure("insert") }
                        }
                    }
                }
            }
        }
        sqlite3_reset(insert)
        try execute("COMMIT")
    }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw failure(sql) }
    }

    private func failure(_ step: String) -> BenchFailure {
        BenchFailure("SQLite \(step): \(String(cString: sqlite3_errmsg(db)))")
    }
}
