import Foundation
import HallStore
import PostgresNIO

/// One connection to the server, used synchronously, re-opened after it was lost, and
/// shared by every store a data folder's `StoreChoice.postgres` makes: a console's engine,
/// replica, snapshots and health probe hold one connection between them instead of one
/// each, so a hundred terminals stay within the server's `max_connections` of 100.
///
/// `EventStore` is synchronous (the console's loop, the engine, the commands and the tests
/// call it from ordinary threads) while postgres-nio is asynchronous. The bridge: every
/// connection of this process lives on one dedicated event loop group (`loops`, one thread,
/// that runs nothing but postgres-nio and the notification handler, which only bumps a
/// counter under a lock), and a caller blocks on postgres-nio's `EventLoopFuture` API with
/// `wait()`. Blocking is safe because no caller is ever one of those threads, and because
/// no Swift concurrency task is involved: a blocked caller cannot starve the cooperative
/// pool that would have to resume it (`wait()` is unavailable in async code, so the
/// compiler keeps async callers out).
///
/// Several threads may run statements at once: postgres-nio queues them on the connection
/// and each caller waits for its own answer. Every statement of HallDesk's stores stands
/// alone (an append is one statement), so no thread's statement can land inside another's
/// transaction; the only transactions (`transaction`: installing the schema, an import)
/// run on a link of their own, used by one thread.
final class PostgresLink: @unchecked Sendable {
    /// The event loop every connection of this process runs on; lives as long as the process.
    static let loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)

    let endpoint: PostgresEndpoint
    /// Guards `connection` and `pinned`; held while connecting, so two threads never open two.
    private let lock = NSLock()
    private var connection: PostgresConnection?
    /// The connection a transaction began on: every statement of it must go there, and
    /// none may quietly go to a new connection (outside the transaction) if it is lost.
    private var pinned: PostgresConnection?
    /// Each hall's wake-up counter, bumped by the notifications every connection listens to.
    /// Under a lock of its own: the event loop takes it, and never waits for `lock`'s holder.
    private var halls: [String: WakeUps] = [:]
    private let hallsLock = NSLock()
    private let logger = Logger(label: "halldesk.postgres")

    init(_ endpoint: PostgresEndpoint) {
        self.endpoint = endpoint
    }

    deinit {
        try? connection?.close().wait()
    }

    /// The counter that every notification for `hall` bumps, the same for every store of
    /// the hall on this link.
    func wakeUps(for hall: String) -> WakeUps {
        hallsLock.withLock {
            if let wakeUps = halls[hall] { return wakeUps }
            let wakeUps = WakeUps()
            halls[hall] = wakeUps
            return wakeUps
        }
    }

    /// The counters of `hall` (nil: no store of it here), or of every hall.
    private func counters(_ hall: String?) -> [WakeUps] {
        hallsLock.withLock { hall.map { halls[$0].map { [$0] } ?? [] } ?? Array(halls.values) }
    }

    /// The open connection, connecting first when there is none or it was lost.
    func connected() throws(LogFailure) -> PostgresConnection {
        lock.lock()
        defer { lock.unlock() }
        if let pinned { return pinned }
        if let connection, !connection.isClosed { return connection }
        connection = nil
        var configuration: PostgresConnection.Configuration
        switch endpoint.place {
        case .socket(let path):
            configuration = .init(unixSocketPath: path, username: endpoint.user, password: endpoint.password,
                                  database: endpoint.database)
        case .host(let host, let port):
            configuration = .init(host: host, port: port, username: endpoint.user, password: endpoint.password,
                                  database: endpoint.database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(3)
        // The id only tells connections apart in postgres-nio's logs.
        let id = Int.random(in: 1...Int.max)
        let opened = try Self.waiting {
            try PostgresConnection.connect(on: Self.loops.next(), configuration: configuration, id: id, logger: logger).wait()
        }
        connection = opened
        // LISTEN goes out before any statement of this connection, so nothing committed
        // after a follower's query can go unannounced to it.
        opened.addListener(channel: PostgresSchema.channel) { [weak self] _, note in
            for wakeUps in self?.counters(note.payload) ?? [] { wakeUps.bump() }
        }
        // A connection that was lost may have missed notifications: wake everyone once.
        for wakeUps in counters(nil) { wakeUps.bump() }
        return opened
    }

    /// How long a statement may go unanswered before its connection is given up.
    static let answerTimeout: TimeAmount = .seconds(10)

    /// Runs one statement and collects its rows.
    @discardableResult
    func run(_ query: PostgresQuery) throws(LogFailure) -> PostgresQueryResult {
        let connection = try connected()
        return try Self.waiting { try Self.answered(connection.query(query, logger: logger), on: connection).wait() }
    }

    /// `result`, or a failure with `connection` closed when the server has not answered
    /// within `answerTimeout`: a statement sent while the server is restarted at once
    /// (`pg_ctl restart -m immediate`) was seen left pending for good by postgres-nio, and
    /// a writer must get `serverUnavailable` and reconnect rather than hang.
    private static func answered(_ result: EventLoopFuture<PostgresQueryResult>,
                                 on connection: PostgresConnection) -> EventLoopFuture<PostgresQueryResult> {
        let promise = result.eventLoop.makePromise(of: PostgresQueryResult.self)
        let deadline = result.eventLoop.scheduleTask(in: answerTimeout) {
            promise.fail(Unanswered())
            let _: EventLoopFuture<Void> = connection.close()
        }
        result.whenComplete { outcome in
            deadline.cancel()
            promise.completeWith(outcome)
        }
        return promise.futureResult
    }

    /// The server did not answer a statement in time.
    struct Unanswered: Error, CustomStringConvertible {
        var description: String { "服务器 \(Int(answerTimeout.nanoseconds / 1_000_000_000)) 秒内没有应答" }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    /// Only on a link of the caller's own (see the type's comment).
    func transaction<T>(_ body: () throws(LogFailure) -> T) throws(LogFailure) -> T {
        let connection = try connected()
        lock.withLock { pinned = connection }
        defer { lock.withLock { pinned = nil } }
        try run("BEGIN")
        let result: T
        do throws(LogFailure) {
            result = try body()
        } catch {
            // A lost connection took the transaction with it: nothing to roll back there.
            if !connection.isClosed { _ = try? run("ROLLBACK") }
            throw error
        }
        try run("COMMIT")
        return result
    }

    /// Closes the connection now rather than when the link goes away; the next statement
    /// opens a new one.
    func close() {
        let closing = lock.withLock {
            defer { connection = nil }
            return connection
        }
        try? closing?.close().wait()
    }

    /// The SQLSTATE a failure carries, when the server sent one (`23505`: a unique key taken).
    static func sqlState(_ error: LogFailure) -> String? {
        guard case .serverUnavailable(let detail) = error, detail.hasPrefix("SQLSTATE ") else { return nil }
        return String(detail.dropFirst(9).prefix(5))
    }

    /// Runs `body`, turning whatever postgres-nio throws into `.serverUnavailable` with the
    /// server's SQLSTATE and message when there are ones.
    private static func waiting<T>(_ body: () throws -> T) throws(LogFailure) -> T {
        do {
            return try body()
        } catch let error as PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                throw LogFailure.serverUnavailable(detail: "SQLSTATE \(state) \(error.serverInfo?[.message] ?? "")")
            }
            throw LogFailure.serverUnavailable(detail: "\(error.code)\(error.underlying.map { "：\($0)" } ?? "")")
        } catch {
            throw LogFailure.serverUnavailable(detail: "\(error)")
        }
    }
}
