import XCTest
@testable import HallDomain

/// The fairness rule between priority and ordinary slips (streak limit 2, wait cap 30 min).
final class PriorityRuleTests: XCTestCase {
    private func openHall() throws -> HallStory {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        return hall
    }

    private func serve(_ hall: inout HallStory) throws -> SlipCalled {
        let called = try hall.callNext(1)
        try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        return called
    }

    func testBGreenChannelBeforeCareBeforeOrdinary() throws {
        var hall = try openHall()
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment, priority: .care)
        try hall.issue(HallFixture.payment, priority: .greenChannel)
        let first = try serve(&hall)
        XCTAssertEqual([first.slip, first.reason], ["A003", "绿色通道优先"])
        let second = try serve(&hall)
        XCTAssertEqual([second.slip, second.reason], ["A002", "老弱病残孕优先"])
        XCTAssertEqual(hall.state.today.counter(1).priorityStreak, 2)
        XCTAssertEqual(try serve(&hall).slip, "A001")
        XCTAssertEqual(hall.state.today.counter(1).priorityStreak, 0)
    }

    func testCAfterTwoPriorityCallsInARowAnOrdinarySlipIsCalled() throws {
        var hall = try openHall()
        try hall.issue(HallFixture.payment)
        for _ in 0..<3 { try hall.issue(HallFixture.payment, priority: .care) }
        XCTAssertEqual(try serve(&hall).slip, "A002")
        XCTAssertEqual(try serve(&hall).slip, "A003")
        let third = try serve(&hall)
        XCTAssertEqual([third.slip, third.reason], ["A001", "连续 2 个优先号后轮到普通号（A 队等候最久）"])
        XCTAssertEqual(try serve(&hall).slip, "A004")
    }

    func testAAnOrdinarySlipWaitingPastTheCapGoesBeforePriority() throws {
        var hall = try openHall()
        try hall.issue(HallFixture.payment)
        hall.later(minutes: 29)
        try hall.issue(HallFixture.payment, priority: .greenChannel)
        XCTAssertEqual(hall.state.nextCall(counter: 1, catalog: hall.catalog, now: hall.now)?.slip, "A002")
        hall.later(minutes: 1)
        let called = try hall.callNext(1)
        XCTAssertEqual([called.slip, called.reason], ["A001", "普通号已等 30 分钟（满 30 分钟），优先于优先号"])
    }

    func testDOnlyPrioritySlipsWaitingAreCalledPastTheStreakLimit() throws {
        var hall = try openHall()
        for _ in 0..<3 { try hall.issue(HallFixture.payment, priority: .care) }
        XCTAssertEqual(try serve(&hall).slip, "A001")
        XCTAssertEqual(try serve(&hall).slip, "A002")
        let third = try serve(&hall)
        XCTAssertEqual([third.slip, third.reason], ["A003", "只有优先号在等候：老弱病残孕优先"])
        XCTAssertEqual(hall.state.today.counter(1).priorityStreak, 3)
    }

    func testACounterServesItsQueuesInItsOwnOrder() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 2), by: HallFixture.clerk2)
        try hall.issue(HallFixture.payment)
        hall.later(minutes: 1)
        try hall.issue(HallFixture.residentialNew)
        let called = try hall.callNext(2, by: HallFixture.clerk2)
        XCTAssertEqual([called.slip, called.reason], ["B001", "B 队等候最久"], "counter 2 serves B before A")
    }
}
