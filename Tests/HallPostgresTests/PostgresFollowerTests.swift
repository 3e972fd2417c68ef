import Foundation
import HallPostgres
import HallStore
import XCTest

/// Followers are woken by the server's notification when another terminal (another
/// connection) commits, and fall back to asking on their own when none comes.
final class PostgresFollowerTests: PostgresTestCase {
    func testAFollowerIsWokenByTheNotificationOfAnotherTerminalsAppend() throws {
        let database = try installedDatabase()
        let board = try store(database, pollInterval: 600)
        let follower = try XCTUnwrap(board.follow(after: .empty) as? PostgresFollower)
        XCTAssertEqual(try follower.poll(), [])
        XCTAssertEqual(try follower.poll(), [], "nothing new: the server is not even asked")
        let counter = try store(database)
        let started = Date()
        let written = try counter.append([record("called", #"{"slip":"A001"}"#)], expecting: 0)
        XCTAssertTrue(follower.waitForNews(timeout: 5), "no notification came")
        let woken = Date().timeIntervalSince(started)
        XCTAssertEqual(try follower.poll(), written)
        XCTAssertLessThan(woken, 1, "woken by the notification, long before the 600 s poll")
        XCTAssertFalse(follower.waitForNews(timeout: 0.2), "nothing more")
    }

    func testAnotherHallsRecordsDoNotWakeAFollower() throws {
        let database = try installedDatabase()
        let shunde = try store(database, hall: "shunde", pollInterval: 600)
        let follower = try XCTUnwrap(shunde.follow(after: .empty) as? PostgresFollower)
        XCTAssertEqual(try follower.poll(), [])
        _ = try store(database, hall: "ronggui").append([record()], expecting: 0)
        XCTAssertFalse(follower.waitForNews(timeout: 0.5))
        XCTAssertEqual(try follower.poll(), [])
        XCTAssertEqual(try shunde.head(), .empty, "each hall its own stream")
    }

    func testWithoutANotificationAFollowerStillAsksAfterItsPollInterval() throws {
        let database = try installedDatabase()
        let board = try store(database, pollInterval: 0.5)
        let follower = board.follow(after: .empty)
        XCTAssertEqual(try follower.poll(), [])
        // A record written by another program, which announces nothing (HallDesk's writers
        // notify after they commit).
        let written = RecordRows.encode([record()], after: .empty, timeZone: siteZone)
        let row = try XCTUnwrap(written.first)
        try psql("""
            INSERT INTO records VALUES ('shunde', \(row.seq), '\(row.timestamp)', '\(row.actor)', '\(row.terminal)', '\(row.type)',
                                        \(row.version), '\(String(decoding: row.body, as: UTF8.self))', '\(row.prev)', '\(row.hash)', \(row.offset))
            """, database)
        let started = Date()
        var seen: [LogRecord] = []
        while seen.isEmpty, Date().timeIntervalSince(started) < 5 {
            seen = try follower.poll()
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertEqual(seen, written)
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.3, "no notification: found by the poll")
    }
}
