import Foundation
import HallPostgres
import HallStore
import HallTestSupport

/// The throwaway PostgreSQL 15 server the `postgres` section measures: the tests' own
/// `PostgresCluster` (initdb in a temporary folder, a Unix socket only, stopped and removed
/// at the end), with HallDesk's schema installed by its owner in one database. The server
/// keeps PostgreSQL's durable defaults (`synchronous_commit`, `fsync` on), read back from
/// the server itself so the figures say what they were measured with.
final class BenchServer {
    let cluster: PostgresCluster
    let database: String

    /// A hundred followers, a dozen writers and the bench's own connections: above the
    /// default `max_connections` of 100.
    static let maxConnections = 200

    init() throws {
        cluster = try PostgresCluster.start(settings: ["max_connections": "\(Self.maxConnections)"])
        do {
            database = try cluster.newDatabase()
            try PostgresSchema.install(at: endpoint)
        } catch {
            cluster.stop()
            throw error
        }
    }

    /// Stops the server and removes its folder.
    func stop() {
        cluster.stop()
    }

    var endpoint: PostgresEndpoint {
        PostgresEndpoint(socketFolder: cluster.socketFolder, port: cluster.port, user: cluster.owner, database: database)
    }

    /// The database's `postgres://` address, as `logstress` and the follower processes take it.
    var address: String {
        "postgres://\(cluster.owner)@/\(database)?host=\(cluster.socketFolder)"
    }

    /// A store of `hall`, as a console opens it.
    func store(_ hall: String) -> PostgresEventStore {
        PostgresEventStore(endpoint: endpoint, hall: hall, timeZone: siteZone)
    }

    /// A server setting as the server reports it (`SHOW name`).
    func setting(_ name: String) throws -> String {
        let shown = try cluster.psql("SHOW \(name)", database: database)
        guard shown.status == 0 else { throw BenchFailure("SHOW \(name): \(shown.errors)") }
        return shown.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
