import XCTest
@testable import HallDomain

/// The first wait estimate, on examples worked by hand.
final class WaitEstimateTests: XCTestCase {
    /// Counter 1 serves A alone (1), counter 2 serves B and A (½ each): A has 1.5 counters.
    /// After two finished payments of 6 and 10 minutes the typical payment is
    /// 0.3·10 + 0.7·6 = 7.2 minutes. Ahead of a new A arrival: two payments waiting
    /// (2 × 7.2) and one invoice at counter 1 (half of 2): 15.4 / 1.5 = 10.27 → 10.3,
    /// shown 8.24 → 5 and 12.875 → 15: "约 5–15 分钟".
    func testAHandComputedEstimateWithALearnedServiceTime() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.run(.openCounter(counter: 2), by: HallFixture.clerk2)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        hall.later(minutes: 6)
        try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        try hall.run(.startService(counter: 1), by: HallFixture.clerk1)
        hall.later(minutes: 10)
        try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(hall.state.today.serviceTimes.minutesByBusinessType["DF"] ?? 0, 7.2, accuracy: 1e-9)

        try hall.issue(HallFixture.invoice)
        try hall.callNext(1)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        let events = try hall.run(.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"], priority: nil,
                                             override: nil, phone: nil))
        guard case .slipIssued(let slip) = events.first else { return XCTFail("\(events)") }
        XCTAssertEqual(slip.estimate, WaitEstimate(method: "decayingServiceAverage.v1", peopleAhead: 2, expectedMinutes: 10.3,
                                                   lowMinutes: 5, highMinutes: 15, basis: .openCounters))
        XCTAssertEqual(slip.estimate.chineseText, "约 5–15 分钟")
    }

    /// Nothing open yet: both configured counters are assumed, and the slip says so.
    /// B: counter 2 gives ½; one new connection (seed 20 min) ahead → 40 minutes.
    func testBeforeOpeningAllConfiguredCountersAreAssumed() throws {
        var hall = HallStory()
        try hall.issue(HallFixture.residentialNew)
        let estimate = WaitEstimator(catalog: hall.catalog, day: hall.state.today).forNewArrival(queue: "B", priority: nil)
        XCTAssertEqual(estimate.expectedMinutes, 40)
        XCTAssertEqual([estimate.lowMinutes, estimate.highMinutes], [30, 50])
        XCTAssertEqual(estimate.basis, .allConfiguredCounters)
        XCTAssertEqual(estimate.basis.chineseNote, "暂无窗口开放，按全部窗口估算")
    }

    func testAnEmptyQueueNeedsNoWaitAndPriorityCountsOnlyThoseAheadOfIt() throws {
        var hall = HallStory()
        let empty = WaitEstimator(catalog: hall.catalog, day: hall.state.today).forNewArrival(queue: "A", priority: nil)
        XCTAssertEqual(empty.chineseText, "无需等候")
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment, priority: .care)
        let estimator = WaitEstimator(catalog: hall.catalog, day: hall.state.today)
        XCTAssertEqual(estimator.forNewArrival(queue: "A", priority: .greenChannel).peopleAhead, 0)
        XCTAssertEqual(estimator.forNewArrival(queue: "A", priority: .care).peopleAhead, 1)
        XCTAssertEqual(estimator.forNewArrival(queue: "A", priority: nil).peopleAhead, 2)
        XCTAssertEqual(hall.state.standing(ofSlip: "A001", catalog: hall.catalog, now: hall.now)?.peopleAhead, 1)
    }
}
