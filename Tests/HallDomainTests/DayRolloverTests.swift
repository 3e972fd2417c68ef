import XCTest
@testable import HallDomain

/// A new business day starts empty; what yesterday left open is counted, not lost.
final class DayRolloverTests: XCTestCase {
    func testTheFirstEventOfANewDayClosesOutYesterday() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        try hall.callNext(1)
        hall.at("2026-11-24 08:30")
        XCTAssertEqual(hall.state.nextCall(counter: 1, catalog: hall.catalog, now: hall.now), nil,
                       "screens show the new day before anything is written in it")
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk2)
        XCTAssertEqual(hall.state.closedOutDays,
                       [DayCloseOut(businessDay: "2026-11-23", unservedSlips: ["A002", "A003"], countersLeftOpen: [1])])
        XCTAssertEqual(hall.state.today.businessDay, "2026-11-24")
        XCTAssertTrue(hall.state.today.slips.isEmpty)
        XCTAssertEqual(hall.state.today.counter(1).clerk, "C02")
    }

    func testALateEventForAClosedDayIsCountedNotApplied() throws {
        var hall = HallStory()
        hall.at("2026-11-24 08:30")
        try hall.issue(HallFixture.payment)
        hall.record(.doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: "2026-11-23", utcOffsetSeconds: 28_800,
                                                             businessType: "ZX", customerKind: nil)))
        XCTAssertEqual(hall.state.staleDayEvents, ["doorEnquiryAnswered": 1])
        XCTAssertTrue(hall.state.today.tally.doorAnswers.isEmpty)
    }

    func testAnEventNamingAnUnknownSlipIsCounted() {
        var hall = HallStory()
        hall.record(.slipReinstated(SlipReinstated(businessDay: "2026-11-23", slip: "A404")))
        XCTAssertEqual(hall.state.unmatched, ["slipReinstated": 1])
    }

    func testASnapshotFromBeforeQueuesDecodesWithAnEmptyDay() throws {
        let old = Data(#"{"lastSeq":7,"lastEventAt":"2026-11-23T09:00:00.000+08:00","repairs":[],"unrecognised":{}}"#.utf8)
        let state = try JSONDecoder().decode(HallState.self, from: old)
        XCTAssertEqual(state.lastSeq, 7)
        XCTAssertEqual(state.today, HallDay(businessDay: ""))
        let full = try JSONDecoder().decode(HallState.self, from: JSONEncoder().encode(state))
        XCTAssertEqual(full, state)
    }
}
