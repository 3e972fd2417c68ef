import Foundation
import Glibc
import XCTest

/// A throwaway PostgreSQL 15 server for the tests that need one: `initdb` into a fresh
/// temporary folder, listening only on a Unix socket in that folder (no TCP port, so
/// parallel test processes never meet), stopped and removed by `stop()`.
///
/// PostgreSQL refuses to run as root, so when the tests run as root the server runs as the
/// system's `postgres` account, or `hdtest-pg` made for it; the database owner inside is
/// `owner` whatever the Unix user, and every local login is trusted (the folder is the
/// only way in). When the binaries are missing the tests are skipped with a message that
/// says so: CI installs them.
public final class PostgresCluster {
    /// Where Debian's PostgreSQL 15 puts its programs; `HALLDESK_PG_BIN` overrides it.
    public static let binaries = ProcessInfo.processInfo.environment["HALLDESK_PG_BIN"] ?? "/usr/lib/postgresql/15/bin"
    /// The superuser role `initdb` makes: owns the test databases.
    public let owner = "halldesk_owner"
    public let port = 5432
    public let folder: URL
    /// The folder holding the server's socket (`.s.PGSQL.5432`), for a client's `host`.
    public var socketFolder: String { folder.path }
    /// The Unix account the server runs as, nil when it runs as this process's user.
    private let account: String?
    private var data: String { folder.appendingPathComponent("data").path }
    private var databases = 0

    /// Whether the server flushes its WAL to the disk (`fsync`) before a commit returns;
    /// kept for every start (`resume` after `halt`).
    private let flushing: Bool
    /// Server settings given at every start (`-c name=value`), beyond the defaults.
    private let settings: [String: String]

    /// Makes and starts a cluster; throws `XCTSkip` when PostgreSQL is not installed.
    ///
    /// `flushing: false` starts it with `fsync = off`, for tests of HallDesk's protocol
    /// (conflicts, kills, restarts) rather than of the disk: a commit still writes its WAL
    /// to the kernel before it returns (`synchronous_commit` stays on), so a server killed
    /// or restarted at once loses nothing acknowledged, which is all those tests can cause;
    /// only a crash of the machine itself could, and no test makes one. On this machine's
    /// disk a flush takes 0.05 to 8 ms as other work comes and goes, and each record of a
    /// hall's chain waits for the one before it to be flushed, so the 8 × 2,000 test's time
    /// was set by the disk, not by what it tests. Measurements (hallbench) flush.
    ///
    /// `settings` go beyond the defaults: the benchmark's hundred followers need
    /// `max_connections` above 100.
    public static func start(flushing: Bool = true, settings: [String: String] = [:]) throws -> PostgresCluster {
        guard FileManager.default.isExecutableFile(atPath: "\(binaries)/initdb") else {
            throw XCTSkip("没有找到 PostgreSQL 15（\(binaries)/initdb）：跳过需要数据库的测试。请 apt-get install postgresql-15（CI 会自动安装）。")
        }
        return try PostgresCluster(flushing: flushing, settings: settings)
    }

    private init(flushing: Bool, settings: [String: String]) throws {
        self.flushing = flushing
        self.settings = settings
        // Short: a socket's path must stay under 108 bytes.
        folder = URL(fileURLWithPath: "/tmp/hdpg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        if geteuid() == 0 {
            var account = "postgres"
            if try runCapturing(URL(fileURLWithPath: "/usr/bin/id"), ["-u", account]).status != 0 {
                account = "hdtest-pg"
                try TestAccounts.group(account)
                try TestAccounts.login(account, group: account, service: true)
            }
            try mustRun("/usr/bin/chown", [account, folder.path])
            self.account = account
        } else {
            account = nil
        }
        try server("initdb", ["-D", data, "-U", owner, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"])
        try resume()
    }

    /// Stops the server at once (as a crash would: `immediate`) and starts it again; every
    /// connection is cut.
    public func restart() throws {
        try server("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "60", "restart"])
    }

    /// Stops the server at once (as a crash or a pulled cable would), keeping its folder,
    /// until `resume`: a server away for a while. While it is down its socket is gone and
    /// every connection attempt fails.
    public func halt() throws {
        try server("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "60", "stop"])
    }

    /// Starts the server (again, once halted).
    public func resume() throws {
        try server("pg_ctl", ["-D", data, "-l", folder.appendingPathComponent("server.log").path, "-w", "-t", "60",
                              "-o", "-k \(folder.path) -c listen_addresses='' -p \(port) -c fsync=\(flushing ? "on" : "off")\(extraSettings)",
                              "start"])
    }

    /// `settings` as `postgres` options, sorted so the command line is always the same.
    private var extraSettings: String {
        settings.sorted { $0.key < $1.key }.map { " -c \($0.key)=\($0.value)" }.joined()
    }

    /// Stops the server at once and removes its folder.
    public func stop() {
        try? server("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// A new empty database owned by `owner`; its name.
    public func newDatabase() throws -> String {
        databases += 1
        let name = "hall_test_\(databases)"
        let made = try psql("CREATE DATABASE \(name)", database: "postgres")
        guard made.status == 0 else { throw Failure(what: "CREATE DATABASE", output: made.errors) }
        return name
    }

    /// Runs `sql` with `psql` as `user` (the owner unless named), stopping at the first
    /// error; the exit status and what it printed (unaligned, tuples only).
    public func psql(_ sql: String, database: String, user: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(URL(fileURLWithPath: "\(Self.binaries)/psql"), [
            "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", socketFolder, "-p", "\(port)",
            "-U", user ?? owner, "-d", database, "-c", sql,
        ])
    }

    /// A server-side failure, with what the tool said.
    public struct Failure: Error, CustomStringConvertible {
        public let what: String
        public let output: String
        public var description: String { "\(what): \(output)" }
    }

    /// Runs a server program (`initdb`, `pg_ctl`) as the server's account, with every file
    /// descriptor but 0, 1 and 2 closed first: the server `pg_ctl` starts would otherwise
    /// inherit this process's, among them the one Foundation's `Process` watches to see its
    /// child end, and waiting for `pg_ctl` would last until the server stops. Its output
    /// goes to a file for the same reason.
    private func server(_ program: String, _ arguments: [String]) throws {
        let command = (account.map { ["/usr/sbin/runuser", "-u", $0, "--"] } ?? []) + ["\(Self.binaries)/\(program)"] + arguments
        let closingOthers = #"for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done 2>/dev/null; exec "$@""#
        let child = try Child(URL(fileURLWithPath: "/bin/bash"), ["-c", closingOthers, "bash"] + command,
                              outputIn: FileManager.default.temporaryDirectory)
        let output = try child.finish().joined(separator: "\n")
        try? FileManager.default.removeItem(at: child.outputURL)
        guard child.process.terminationStatus == 0 else { throw Failure(what: program, output: output) }
    }
}
