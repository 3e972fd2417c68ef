import XCTest
@testable import HallDomain

/// The forward simulation, on cases small enough to play by hand. With a dispersion of 0
/// every service takes exactly its typical minutes, so every run gives the same wait.
final class ForwardSimulationTests: XCTestCase {
    private let exact = ForwardSimulationPredictor(runs: 20, dispersion: 0)

    /// Counter 1 serves A; counter 2 serves B first, then A. Waiting: payments A001, A002
    /// (4 minutes each) and a new connection B001 (20). Counter 1 takes A001 (free at 4),
    /// counter 2 takes B001 (free at 20), counter 1 takes A002 at 4 (free at 8) and the
    /// newcomer at 8. The division rule gives A one and a half counters: 8 / 1.5 = 5.3.
    func testASharedCounterBusyWithItsFirstQueueDoesNotServeTheSecond() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.run(.openCounter(counter: 2), by: HallFixture.clerk2)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.residentialNew)
        let forward = exact.predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(forward, WaitEstimate(method: "forwardSimulation.v1", peopleAhead: 2, expectedMinutes: 8,
                                             lowMinutes: 5, highMinutes: 10, basis: .openCounters))
        let division = BusinessTypePredictor().predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(division.expectedMinutes, 5.3)
    }

    /// Counter 1 has served a payment for 3 of its 4 minutes; nobody waits. The newcomer
    /// waits the last minute, not half a typical service.
    func testTheServiceInHandCountsWhatItHasAlreadyRun() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        try hall.run(.startService(counter: 1), by: HallFixture.clerk1)
        hall.later(minutes: 3)
        let forward = exact.predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(forward.expectedMinutes, 1)
        XCTAssertEqual(forward.chineseText, "约 0–5 分钟")
    }

    /// A care slip waits in A; the fairness rule calls it before an ordinary newcomer, so
    /// the newcomer waits for two payments on the one counter, and a green-channel newcomer
    /// for none.
    func testTheFairnessRuleDecidesWhoGoesFirst() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        try hall.issue(HallFixture.payment, priority: .care)
        let ordinary = exact.predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(ordinary.expectedMinutes, 8)
        XCTAssertEqual(ordinary.peopleAhead, 1)
        let green = exact.predict(queue: "A", priority: .greenChannel, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(green.expectedMinutes, 4, "only the payment at the counter is ahead")
    }

    func testNobodyAheadAndACounterFreeNeedsNoWait() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        let estimate = ForwardSimulationPredictor().predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(estimate.chineseText, "无需等候")
    }

    /// With real dispersion the range holds the median, and the same day gives the same
    /// figures again (the seed comes from the day, not from chance).
    func testTheRangeHoldsTheMedianAndRepeats() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        for _ in 0..<6 { try hall.issue(HallFixture.payment) }
        let predictor = ForwardSimulationPredictor()
        let first = predictor.predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        let again = predictor.predict(queue: "A", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(first, again)
        XCTAssertLessThanOrEqual(Double(first.lowMinutes), first.expectedMinutes)
        XCTAssertGreaterThanOrEqual(Double(first.highMinutes), first.expectedMinutes)
        XCTAssertEqual(first.expectedMinutes, 24, accuracy: 4, "six payments of about 4 minutes on one counter")
        XCTAssertLessThan(first.lowMinutes, first.highMinutes - 5, "a real spread, not one figure dressed as a range")
    }

    /// Before any counter opens, all configured counters are assumed free, as the other rules do.
    func testBeforeOpeningEveryConfiguredCounterIsAssumed() throws {
        var hall = HallStory()
        try hall.issue(HallFixture.residentialNew)
        let estimate = exact.predict(queue: "B", priority: nil, day: hall.state.today, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(estimate.basis, .allConfiguredCounters)
        XCTAssertEqual(estimate.expectedMinutes, 20)
    }
}
