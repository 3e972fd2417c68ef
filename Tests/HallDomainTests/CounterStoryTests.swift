import XCTest
@testable import HallDomain

/// A clerk at a counter: open, call, re-call, no-show, serve, pause, close.
final class CounterStoryTests: XCTestCase {
    private let clerk1 = HallFixture.clerk1, clerk2 = HallFixture.clerk2

    func testAClerkOpensACounterAndOnlyThatClerkActsAtIt() throws {
        var hall = HallStory()
        XCTAssertEqual(try hall.run(.openCounter(counter: 1), by: clerk1),
                       [.counterOpened(CounterOpened(businessDay: "2026-11-23", counter: 1, clerk: "C01", queues: ["A"]))])
        XCTAssertEqual(hall.refusal(.openCounter(counter: 1), by: clerk1), .counterAlreadyOpen)
        XCTAssertEqual(hall.refusal(.openCounter(counter: 1), by: clerk2), .counterHeldByOther)
        XCTAssertEqual(hall.refusal(.callNext(counter: 1), by: clerk2), .notPermitted)
        XCTAssertEqual(hall.refusal(.closeCounter(counter: 1), by: clerk2), .notPermitted)
        XCTAssertEqual(hall.refusal(.openCounter(counter: 9), by: clerk1), .unknownCounter)
        do {
            _ = try decide(.callNext(counter: 1), state: hall.state, catalog: hall.catalog, actor: clerk2, now: hall.now)
            XCTFail("a second clerk called at a held counter")
        } catch {
            XCTAssertTrue(error.message.contains("陈志强"), error.message)
        }
    }

    func testACallNeedsAnOpenCounterWithAnEmptyHandAndSomeoneWaiting() throws {
        var hall = HallStory()
        XCTAssertEqual(hall.refusal(.callNext(counter: 1), by: clerk1), .counterClosed)
        try hall.run(.openCounter(counter: 1), by: clerk1)
        XCTAssertEqual(hall.refusal(.callNext(counter: 1), by: clerk1), .nothingWaiting)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        let called = try hall.callNext(1)
        XCTAssertEqual(called, SlipCalled(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01", reason: "A 队等候最久"))
        XCTAssertEqual(hall.refusal(.callNext(counter: 1), by: clerk1), .slipInHand)
        XCTAssertEqual(hall.refusal(.pauseCounter(counter: 1, reason: "x"), by: clerk1), .slipInHand)
    }

    func testPauseNeedsAReasonAndStopsCallsUntilReopened() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        try hall.issue(HallFixture.payment)
        XCTAssertEqual(hall.refusal(.pauseCounter(counter: 1, reason: " "), by: clerk1), .pauseWithoutReason)
        try hall.run(.pauseCounter(counter: 1, reason: "午休"), by: clerk1)
        XCTAssertEqual(hall.state.today.counter(1).state, .paused)
        XCTAssertEqual(hall.refusal(.callNext(counter: 1), by: clerk1), .counterPaused)
        XCTAssertEqual(hall.refusal(.openCounter(counter: 1), by: clerk2), .counterHeldByOther)
        try hall.run(.openCounter(counter: 1), by: clerk1)
        XCTAssertEqual(try hall.callNext(1).slip, "A001")
    }

    func testCloseIsRefusedWithASlipInHandAndFreesTheCounterAfter() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        XCTAssertEqual(hall.refusal(.closeCounter(counter: 1), by: clerk1), .slipInHand)
        try hall.run(.finishService(counter: 1), by: clerk1)
        try hall.run(.closeCounter(counter: 1), by: clerk1)
        XCTAssertEqual(hall.state.today.counter(1).state, .closed)
        XCTAssertEqual(hall.refusal(.closeCounter(counter: 1), by: clerk1), .counterClosed)
        try hall.run(.openCounter(counter: 1), by: clerk2)
    }

    func testStartThenFinishRecordsTheServiceAndCountsIt() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        XCTAssertEqual(hall.refusal(.startService(counter: 1), by: clerk1), .noSlipInHand)
        XCTAssertEqual(hall.refusal(.finishService(counter: 1), by: clerk1), .noSlipInHand)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        hall.later(minutes: 1)
        XCTAssertEqual(try hall.run(.startService(counter: 1), by: clerk1),
                       [.serviceStarted(ServiceStarted(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01"))])
        XCTAssertEqual(hall.refusal(.startService(counter: 1), by: clerk1), .slipAlreadyServing)
        XCTAssertEqual(hall.refusal(.recall(counter: 1), by: clerk1), .slipAlreadyServing)
        XCTAssertEqual(hall.refusal(.markNoShow(counter: 1), by: clerk1), .slipAlreadyServing)
        hall.later(minutes: 5)
        try hall.run(.finishService(counter: 1), by: clerk1)
        XCTAssertEqual(hall.slip("A001")?.status, .finished)
        XCTAssertEqual(hall.state.today.counter(1).servedToday, 1)
        XCTAssertEqual(hall.state.today.counter(1).slipInHand, nil)
        XCTAssertEqual(hall.state.today.serviceTimes.byBusinessType["DF"]?.minutes, [5])
    }

    func testFinishingWithoutStartMeasuresFromTheCall() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        try hall.issue(HallFixture.payment)
        hall.later(minutes: 3)
        try hall.callNext(1)
        hall.later(minutes: 7)
        try hall.run(.finishService(counter: 1), by: clerk1)
        XCTAssertEqual(hall.state.today.serviceTimes.byBusinessType["DF"]?.minutes, [7])
        XCTAssertEqual(hall.slip("A001")?.waitMinutes, 3)
    }

    func testRecallUpToTheLimitThenNoShow() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        XCTAssertEqual(hall.refusal(.recall(counter: 1), by: clerk1), .noSlipInHand)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        XCTAssertEqual(try hall.run(.recall(counter: 1), by: clerk1),
                       [.slipRecalled(SlipRecalled(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01", count: 1))])
        try hall.run(.recall(counter: 1), by: clerk1)
        XCTAssertEqual(hall.refusal(.recall(counter: 1), by: clerk1), .recallLimitReached)
        try hall.run(.markNoShow(counter: 1), by: clerk1)
        XCTAssertEqual(hall.slip("A001")?.status, .noShow)
        XCTAssertEqual(hall.state.today.counter(1).slipInHand, nil)
        XCTAssertEqual(hall.state.today.noShows, 1)
    }

    func testANoShowCanBeReinstatedWithinTheWindowAndKeepsItsPlace() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        try hall.issue(HallFixture.payment)
        hall.later(minutes: 1)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        try hall.run(.markNoShow(counter: 1), by: clerk1)
        XCTAssertEqual(hall.refusal(.reinstate(slip: "A002")), .notANoShow)
        hall.later(minutes: 10)
        try hall.run(.reinstate(slip: "A001"))
        XCTAssertEqual(hall.slip("A001")?.status, .waiting)
        XCTAssertEqual(try hall.callNext(1).slip, "A001", "back in its place by its original issue time")
    }

    func testReinstateIsRefusedAfterTheWindow() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        try hall.run(.markNoShow(counter: 1), by: clerk1)
        hall.later(minutes: 10.5)
        XCTAssertEqual(hall.refusal(.reinstate(slip: "A001")), .reinstateWindowPassed)
    }

    func testTransferKeepsIssueTimeAndFreesTheCounter() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: clerk1)
        try hall.run(.openCounter(counter: 2), by: clerk2)
        try hall.issue(HallFixture.payment)
        hall.later(minutes: 2)
        try hall.issue(HallFixture.residentialNew)
        let issuedAt = hall.slip("A001")?.issuedAt
        try hall.callNext(1)
        XCTAssertEqual(hall.refusal(.transfer(slip: "A001", toQueue: "A"), by: clerk1), .sameQueue)
        XCTAssertEqual(hall.refusal(.transfer(slip: "A001", toQueue: "Z"), by: clerk1), .unknownQueue)
        XCTAssertEqual(hall.refusal(.transfer(slip: "A001", toQueue: "B"), by: clerk2), .notPermitted)
        XCTAssertEqual(try hall.run(.transfer(slip: "A001", toQueue: "B"), by: clerk1),
                       [.slipTransferred(SlipTransferred(businessDay: "2026-11-23", slip: "A001", from: "A", to: "B", counter: 1))])
        XCTAssertEqual(hall.state.today.counter(1).slipInHand, nil)
        XCTAssertEqual(hall.slip("A001")?.issuedAt, issuedAt)
        XCTAssertEqual(hall.slip("A001")?.transferredFrom, ["A"])
        XCTAssertEqual(try hall.callNext(2, by: clerk2).slip, "A001", "issued before B001, so ahead of it in B")
        try hall.run(.finishService(counter: 2), by: clerk2)
        XCTAssertEqual(hall.refusal(.transfer(slip: "A001", toQueue: "A"), by: clerk2), .slipNotActive)
    }
}
