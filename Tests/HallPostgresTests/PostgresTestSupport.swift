import Foundation
import HallPostgres
import HallStore
@_exported import HallTestSupport
import XCTest

/// The site's zone, as the hall opens its log.
let siteZone = TimeZone(identifier: "Asia/Shanghai")!

/// A record with `body` (a JSON object text) and a fixed clock.
func record(_ type: String = "slipIssued", _ body: String = "{}", actor: String = "G01", terminal: String = "tty1") -> NewRecord {
    NewRecord(actor: actor, terminal: terminal, type: type, version: 1, body: Data(body.utf8),
              timestamp: Date(timeIntervalSince1970: 1_795_397_400.123))
}

/// A test class whose tests each get a fresh database, with HallDesk's schema, in one
/// throwaway server the class starts first and stops last, without flushing to the disk.
class PostgresTestCase: XCTestCase {
    nonisolated(unsafe) private static var started: Result<PostgresCluster, any Error>?

    override class func setUp() {
        super.setUp()
        // What these tests check is HallDesk's protocol; see `PostgresCluster.start`.
        started = Result { try PostgresCluster.start(flushing: false) }
    }

    override class func tearDown() {
        if case .success(let cluster)? = started { cluster.stop() }
        started = nil
        super.tearDown()
    }

    /// The server (skipping the test when PostgreSQL is not installed).
    var cluster: PostgresCluster {
        get throws {
            guard let started = Self.started else { throw XCTSkip("no server was started") }
            return try started.get()
        }
    }

    /// A new database with the schema installed by its owner; its name.
    func installedDatabase() throws -> String {
        let cluster = try cluster
        let database = try cluster.newDatabase()
        try PostgresSchema.install(at: endpoint(database))
        return database
    }

    /// The database `database` as `user` (the owner unless named).
    func endpoint(_ database: String, user: String? = nil) throws -> PostgresEndpoint {
        let cluster = try cluster
        return PostgresEndpoint(socketFolder: cluster.socketFolder, port: cluster.port, user: user ?? cluster.owner, database: database)
    }

    /// A store of `hall` in `database`, closed at the test's end.
    func store(_ database: String, hall: String = "shunde", user: String? = nil, pollInterval: TimeInterval = 1) throws -> PostgresEventStore {
        let store = PostgresEventStore(endpoint: try endpoint(database, user: user), hall: hall, timeZone: siteZone,
                                       pollInterval: pollInterval)
        addTeardownBlock { store.close() }
        return store
    }

    /// Runs `sql` as `user` with psql, expecting success; what it printed.
    @discardableResult
    func psql(_ sql: String, _ database: String, user: String? = nil) throws -> String {
        let run = try cluster.psql(sql, database: database, user: user)
        XCTAssertEqual(run.status, 0, run.errors)
        return run.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `sql` as `user` with psql, expecting the server to refuse; what it said.
    func refused(_ sql: String, _ database: String, user: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let run = try cluster.psql(sql, database: database, user: user)
        XCTAssertNotEqual(run.status, 0, "\(sql) went through", file: file, line: line)
        return run.errors
    }
}
