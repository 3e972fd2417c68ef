import Foundation
import HallPostgres
import HallStore
import XCTest

/// Given a terminal and a board connected to the hall, when the server is restarted (as
/// after a crash: every connection cut), then what was acknowledged is still there, the
/// terminal appends again on a new connection, and the board is woken again.
final class ServerRestartTests: PostgresTestCase {
    func testAfterARestartNothingAcknowledgedIsLostAndBothReconnect() throws {
        let database = try installedDatabase()
        let counter = try store(database)
        let board = try store(database, pollInterval: 600)
        let follower = try XCTUnwrap(board.follow(after: .empty) as? PostgresFollower)
        let before = try counter.append([record(), record("called")], expecting: 0)
        XCTAssertEqual(try follower.poll().count, 3)

        try cluster.restart()
        // The cut connection may be met once; the next call opens a new one.
        let after = try (try? counter.append([record("finished")], expecting: 3)) ?? counter.append([record("finished")], expecting: 3)
        XCTAssertEqual(after.map(\.seq), [4])
        XCTAssertEqual(Array(try counter.records(after: 0).dropFirst().prefix(2)), before, "acknowledged before the restart")

        let seen = try (try? follower.poll()).flatMap { $0.isEmpty ? nil : $0 } ?? follower.poll()
        XCTAssertEqual(seen, after, "a new connection listens again and asks once")
        let next = try counter.append([record("called")], expecting: 4)
        XCTAssertTrue(follower.waitForNews(timeout: 5), "woken by the notification on the new connection")
        XCTAssertEqual(try follower.poll(), next)
    }
}
