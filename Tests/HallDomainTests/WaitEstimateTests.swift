import XCTest
@testable import HallDomain

/// The business-type rule's estimate, on examples worked by hand.
final class WaitEstimateTests: XCTestCase {
    /// Counter 1 serves A alone (1), counter 2 serves B and A (½ each): A has 1.5 counters.
    /// Three finished payments of 6, 10 and 8 minutes make the typical payment their mean,
    /// 8 (three is `typeMinimum`; a tenth of three trims nothing). Ahead of a new A arrival:
    /// two payments waiting (2 × 8) and one invoice at counter 1 (half of its seed 2):
    /// 17 / 1.5 = 11.33 → 11.3, shown 9.07 → 5 and 14.17 → 15: "约 5–15 分钟".
    func testAHandComputedEstimateWithLearnedServiceTimes() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.run(.openCounter(counter: 2), by: HallFixture.clerk2)
        for minutes in [6.0, 10, 8] {
            try hall.issue(HallFixture.payment)
            try hall.callNext(1)
            hall.later(minutes: minutes)
            try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        }
        XCTAssertEqual(hall.state.today.serviceTimes.typicalMinutes("DF", hour: nil), 8)

        try hall.issue(HallFixture.invoice)
        try hall.callNext(1)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        let estimate = BusinessTypePredictor().predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(estimate, WaitEstimate(method: "serviceAverageByType.v2", peopleAhead: 2, expectedMinutes: 11.3,
                                              lowMinutes: 5, highMinutes: 15, basis: .openCounters))
        XCTAssertEqual(estimate.chineseText, "约 5–15 分钟")
    }

    /// Two payments learned are too few: the catalog's 4 minutes still stands.
    func testFewerThanThreeServicesLeaveTheCatalogFigure() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        for _ in 0..<2 {
            try hall.issue(HallFixture.payment)
            try hall.callNext(1)
            hall.later(minutes: 30)
            try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        }
        XCTAssertEqual(WaitEstimator(catalog: hall.catalog, day: hall.state.today, now: hall.now).typicalMinutes("DF"), 4)
    }

    /// Nothing open yet: both configured counters are assumed, and the slip says so.
    /// B: counter 2 gives ½; one new connection (seed 20 min) ahead → 40 minutes.
    func testBeforeOpeningAllConfiguredCountersAreAssumed() throws {
        var hall = HallStory()
        try hall.issue(HallFixture.residentialNew)
        let estimate = WaitEstimator(catalog: hall.catalog, day: hall.state.today, now: hall.now).forNewArrival(queue: "B", priority: nil)
        XCTAssertEqual(estimate.expectedMinutes, 40)
        XCTAssertEqual([estimate.lowMinutes, estimate.highMinutes], [30, 50])
        XCTAssertEqual(estimate.basis, .allConfiguredCounters)
        XCTAssertEqual(estimate.basis.chineseNote, "暂无窗口开放，按全部窗口估算")
    }

    /// Counter 1 (A only) is open, counter 2 (B and A) is not: a B slip would be promised
    /// 「无需等候」 by counting counter 2 as free. Both estimators say instead that no open
    /// counter serves B, and so does the slip's text.
    func testAQueueNoOpenCounterServesPromisesNoFigure() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.residentialNew)
        XCTAssertEqual(CounterBasis.of(queue: "B", catalog: hall.catalog, day: hall.state.today), .noOpenCounterServes)
        XCTAssertEqual(CounterBasis.of(queue: "A", catalog: hall.catalog, day: hall.state.today), .openCounters)
        let estimators: [any WaitPredictor] = [BusinessTypePredictor(), ForwardSimulationPredictor()]
        for estimator in estimators {
            let estimate = estimator.predict(queue: "B", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
            XCTAssertEqual(estimate.basis, .noOpenCounterServes, "\(estimator)")
            XCTAssertEqual(estimate.peopleAhead, 1)
            XCTAssertEqual(estimate.chineseText, "暂无开放窗口办理", "\(estimator)")
        }
        try hall.run(.openCounter(counter: 2), by: HallFixture.clerk2)
        XCTAssertEqual(CounterBasis.of(queue: "B", catalog: hall.catalog, day: hall.state.today), .openCounters, "counter 2 serves B")
    }

    func testAnEmptyQueueNeedsNoWaitAndPriorityCountsOnlyThoseAheadOfIt() throws {
        var hall = HallStory()
        let empty = WaitEstimator(catalog: hall.catalog, day: hall.state.today, now: hall.now).forNewArrival(queue: "A", priority: nil)
        XCTAssertEqual(empty.chineseText, "无需等候")
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment, priority: .care)
        let estimator = WaitEstimator(catalog: hall.catalog, day: hall.state.today, now: hall.now)
        XCTAssertEqual(estimator.forNewArrival(queue: "A", priority: .greenChannel).peopleAhead, 0)
        XCTAssertEqual(estimator.forNewArrival(queue: "A", priority: .care).peopleAhead, 1)
        XCTAssertEqual(estimator.forNewArrival(queue: "A", priority: nil).peopleAhead, 2)
        XCTAssertEqual(hall.state.standing(ofSlip: "A001", catalog: hall.catalog, now: hall.now)?.peopleAhead, 1)
    }
}
