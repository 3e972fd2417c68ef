import XCTest
@testable import HallDomain

/// What the manager's panel reads off the state.
final class QueueQueryTests: XCTestCase {
    func testNearestRankP90AndShareWithinTarget() {
        let waits: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30]
        XCTAssertEqual(WaitStatistics.p90(waits), 9)
        XCTAssertEqual(WaitStatistics.p90([12]), 12)
        XCTAssertEqual(WaitStatistics.p90(waits + [40]), 30)
        XCTAssertEqual(WaitStatistics.average(waits), 7.5)
        XCTAssertEqual(WaitStatistics.shareWithin(waits, targetMinutes: 8), 0.8)
        XCTAssertNil(WaitStatistics.p90([]))
    }

    /// Three payments issued at 09:00, 09:05, 09:10, called at 09:10, 09:30, 09:40:
    /// waits 10, 25, 30; the hall's target is 15 minutes.
    func testQueueAndCounterSummariesOverADay() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        hall.at("09:05")
        try hall.issue(HallFixture.payment)
        hall.at("09:10")
        try hall.issue(HallFixture.payment)
        for call in ["09:10", "09:30", "09:40"] {
            hall.at(call)
            try hall.callNext(1)
            try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        }
        hall.at("09:50")
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.residentialNew)
        try hall.callNext(1)
        hall.at("09:56")

        let a = try XCTUnwrap(hall.state.queueSummaries(catalog: hall.catalog, now: hall.now).first)
        XCTAssertEqual(a.letter, "A")
        XCTAssertEqual(a.waiting, 0)
        XCTAssertEqual(a.servedToday, 3)
        XCTAssertEqual(a.averageWaitMinutes ?? 0, 65.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(a.p90WaitMinutes, 30)
        XCTAssertEqual(a.shareWithinTarget ?? 0, 1.0 / 3, accuracy: 1e-9)
        let b = try XCTUnwrap(hall.state.queueSummaries(catalog: hall.catalog, now: hall.now).last)
        XCTAssertEqual(b.waiting, 1)
        XCTAssertEqual(b.longestWaitMinutes ?? 0, 6, accuracy: 1e-9)

        let counters = hall.state.counterSummaries(catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(counters.map(\.state), [.open, .closed])
        XCTAssertEqual(counters[0].slipInHand, "A004")
        XCTAssertEqual(counters[0].serviceMinutesSoFar ?? 0, 6, accuracy: 1e-9)
        XCTAssertEqual(counters[0].servedToday, 3)
        XCTAssertEqual(hall.state.today.tally.arrivalsPerQuarterHour[36...39], [3, 0, 0, 2])
    }
}
