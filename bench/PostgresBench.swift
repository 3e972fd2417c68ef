import Foundation
import HallPostgres
import HallStore
import HallTestSupport

/// `hallbench postgres`: the log in PostgreSQL (issue 17) beside the file log and SQLite,
/// on a throwaway PostgreSQL 15 server this run starts and removes (`BenchServer`):
/// - the latency of one append of the same real records the file-log bench appends;
/// - eight writer processes on one hall, against eight on one file log (and SQLite);
/// - a bureau's load: twelve halls at their peak hour, a hundred terminals following.
///
/// `events` are the first records of the hall history, the very ones `append` made
/// durable; when that section ran in this run its EventLog and SQLite figures are reused,
/// otherwise they are measured here first.
func benchPostgres(_ figures: Figures, events: [NewRecord]) throws {
    if figures.value("append_eventlog_p50") == nil { try benchDurableAppend(figures, events: events) }
    let server = try BenchServer()
    defer { server.stop() }
    let durability = try ["synchronous_commit", "fsync", "wal_sync_method"].map { "\($0)=\(try server.setting($0))" }.joined(separator: ", ")
    say("postgres server \(try server.setting("server_version")) in \(server.cluster.folder.path): \(durability), "
        + "max_connections=\(try server.setting("max_connections"))")
    try benchPostgresAppend(figures, server: server, events: events, durability: durability)
    try benchEightWriters(figures, server: server)
    try benchBureauLoad(figures, server: server)
    say("load average (1, 5, 15 min) after the postgres section: \(currentLoad())")
}

/// Fails at once, before anything is measured, when the `postgres` section could not run:
/// PostgreSQL 15's programs or `logstress` missing. A full run would otherwise stop there
/// after minutes of other figures.
func checkPostgresPrerequisites() throws {
    guard FileManager.default.isExecutableFile(atPath: "\(PostgresCluster.binaries)/initdb") else {
        throw BenchFailure("no PostgreSQL 15 in \(PostgresCluster.binaries): apt-get install postgresql-15 (as .ci/run does)")
    }
    _ = try besideThisProgram("logstress")
}

/// One append at a time to an empty hall, each of one record, as a terminal appends a
/// command's events: `PostgresEventStore.append` (one transaction: advisory lock, head,
/// insert, commit). The connection is opened before the clock starts, as a console's is.
private func benchPostgresAppend(_ figures: Figures, server: BenchServer, events: [NewRecord], durability: String) throws {
    let store = server.store("latency")
    defer { store.close() }
    var head = try store.head().seq
    let times = try events.map { event in
        try timed { head = try store.append([event], expecting: head).last?.seq ?? head }
    }
    let n = times.count
    let p50 = figures.add("append_postgres_p50", median(times), "ms", digits: 3,
                          "PostgresEventStore.append of the same real events, one per transaction, Unix socket, \(durability); median of \(n)")
    figures.add("append_postgres_p99", percentile(times, 0.99), "ms", digits: 3, "the same, 99th percentile")
    if let log = figures.value("append_eventlog_p50") {
        figures.add("append_postgres_over_eventlog", p50 / log, "x", digits: 2, "PostgreSQL p50 ÷ EventLog p50")
    }
    if let sqlite = figures.value("append_sqlite_p50") {
        figures.add("append_postgres_over_sqlite", p50 / sqlite, "x", digits: 2, "PostgreSQL p50 ÷ SQLite p50")
    }
}

/// A line that is not a figure (what the server runs with), printed unbuffered like the figures.
func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
