import XCTest
@testable import HallDomain

/// 过号 is counted once, in the domain: the manager's board (`HallDay.noShows`) and the
/// month report (`PeriodReportFold`) count the same slips. Issue 15 saw the report say 0
/// while the board said 1: the board counted markings, so a customer who came back in time
/// and was served still showed as a no-show there.
final class NoShowCountStoryTests: XCTestCase {
    func testAReinstatedCustomerIsNoNoShowOnTheBoardOrInTheReport() throws {
        var hall = HallStory()
        let clerk = HallFixture.clerk1
        try hall.run(.openCounter(counter: 1), by: clerk)
        try hall.issue(HallFixture.payment)
        hall.later(minutes: 1)
        try hall.issue(HallFixture.payment)
        // A001 does not come when called; ten minutes later they are back and are served.
        try hall.callNext(1)
        try hall.run(.markNoShow(counter: 1), by: clerk)
        XCTAssertEqual(hall.state.today.noShows, 1, "marked 过号 and not back yet")
        hall.later(minutes: 10)
        try hall.run(.reinstate(slip: "A001"))
        XCTAssertEqual(hall.state.today.noShows, 0, "back in time: no longer a no-show")
        try hall.callNext(1)
        try hall.run(.finishService(counter: 1), by: clerk)
        // A002 never comes.
        try hall.callNext(1)
        try hall.run(.markNoShow(counter: 1), by: clerk)

        var fold = PeriodReportFold(period: ReportStory.november, waitTargetMinutes: 15)
        for recorded in hall.log { fold.add(recorded) }
        XCTAssertEqual(hall.state.today.noShows, 1)
        XCTAssertEqual(fold.report().hall.total.noShows, hall.state.today.noShows, "the board and 报表 agree")
    }
}
