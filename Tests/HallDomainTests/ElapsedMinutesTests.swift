import Foundation
import XCTest
@testable import HallDomain

/// A clock stepped back makes a later record carry an earlier time; waits measured across
/// it must read 0, not a negative number that drags averages and forecasts down.
final class ElapsedMinutesTests: XCTestCase {
    func testNeverBelowZero() {
        let start = HallFixture.shanghai("2026-11-23 09:00")
        XCTAssertEqual(ElapsedMinutes.between(start, start.addingTimeInterval(90)), 1.5)
        XCTAssertEqual(ElapsedMinutes.between(start, start.addingTimeInterval(-300)), 0)
    }

    func testACallStampedBeforeItsIssueWaitsZeroMinutesEverywhere() throws {
        var hall = HallStory()
        hall.at("09:00")
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        hall.at("09:10")
        let number = try hall.issue(HallFixture.payment)
        hall.at("09:07")
        try hall.callNext(1)
        let slip = try XCTUnwrap(hall.slip(number))
        XCTAssertEqual(slip.waitMinutes, 0)
        hall.at("09:05")
        try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(try XCTUnwrap(hall.slip(number)).serviceMinutes, 0)
        XCTAssertTrue(hall.state.today.counters.allSatisfy { $0.servedToday >= 0 })
    }
}
