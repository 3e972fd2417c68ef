import XCTest
@testable import HallDomain

/// The manager's "how many counters now": the last hour's slips and today's service times
/// through Erlang C, against the hall's 15-minute target.
final class StaffingNeedTests: XCTestCase {
    /// Twelve 电费缴纳 customers between 09:05 and 09:55, counter 1 open.
    private func busyHour() throws -> HallStory {
        var story = HallStory()
        story.at("09:00")
        _ = try story.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        for _ in 0..<12 {
            story.later(minutes: 4.5)
            _ = try story.issue(HallFixture.payment)
        }
        return story
    }

    func testTooFewArrivalsInTheLastHourGiveNoEstimate() throws {
        var story = HallStory()
        for _ in 0..<4 {
            _ = try story.issue(HallFixture.payment)
            story.later(minutes: 5)
        }
        let need = StaffingNeed(day: story.state.today, catalog: story.catalog, now: story.now)
        XCTAssertEqual(need.arrivalsLastHour, 4)
        XCTAssertFalse(need.hasEnoughArrivals)
        XCTAssertNil(need.countersNeeded)
    }

    func testBeforeAnyServiceFinishesTheCatalogsMinutesStandIn() throws {
        let story = try busyHour()
        let need = StaffingNeed(day: story.state.today, catalog: story.catalog, now: story.now)
        XCTAssertEqual(need.arrivalsLastHour, 12)
        XCTAssertTrue(need.serviceFromCatalog)
        XCTAssertEqual(need.meanServiceMinutes, 4)
        XCTAssertEqual(need.openCounters, 1)
        // 12 an hour of 4 minutes is 0.8 Erlang: one counter waits 16 minutes on average, two wait 0.76.
        XCTAssertEqual(ErlangC(arrivalRate: 0.2, serviceRate: 0.25, counters: 1).meanWaitMinutes, 16, accuracy: 1e-9)
        XCTAssertEqual(need.countersNeeded, 2)
    }

    func testTodaysFinishedServicesReplaceTheCatalogAndOldSlipsDropOut() throws {
        var story = try busyHour()
        _ = try story.callNext(1)
        _ = try story.run(.startService(counter: 1), by: HallFixture.clerk1)
        story.later(minutes: 15)
        _ = try story.run(.finishService(counter: 1), by: HallFixture.clerk1)
        let need = StaffingNeed(day: story.state.today, catalog: story.catalog, now: story.now)
        XCTAssertFalse(need.serviceFromCatalog)
        XCTAssertEqual(need.meanServiceMinutes, 15, accuracy: 1e-9)
        // At 10:09 the first two slips (09:04:30 and 09:09) are an hour old or more.
        XCTAssertEqual(need.arrivalsLastHour, 10)
        // 10 an hour of 15 minutes is 2.5 Erlangs: three counters wait 21.1 minutes on average, four 3.2.
        XCTAssertEqual(ErlangC(arrivalRate: 10.0 / 60, serviceRate: 1.0 / 15, counters: 3).meanWaitMinutes, 21.07, accuracy: 0.01)
        XCTAssertEqual(ErlangC(arrivalRate: 10.0 / 60, serviceRate: 1.0 / 15, counters: 4).meanWaitMinutes, 3.2, accuracy: 0.05)
        XCTAssertEqual(need.countersNeeded, 4)
    }

    /// The same busy hour with nobody called: twelve payments stand in the hall, 48 minutes
    /// of work. Erlang C's two counters keep a steady flow; to reach the twelfth within 15
    /// minutes while the flow goes on takes 0.8 + 48 / 15 = 4.
    func testAQueueAlreadyStandingNeedsMoreThanTheSteadyFlow() throws {
        let story = try busyHour()
        let need = StaffingNeed(day: story.state.today, catalog: story.catalog, now: story.now)
        XCTAssertEqual(need.waiting, 12)
        XCTAssertEqual(need.backlogMinutes, 48)
        XCTAssertEqual(need.countersNeeded, 2)
        XCTAssertEqual(need.countersToClearBacklog, 4)
        XCTAssertEqual(need.recommended, 4)
        XCTAssertTrue(need.backlogDecides)
        XCTAssertEqual(need.configuredCounters, 2)
        // Both counters: 2 − 0.8 spare, 48 minutes of work → 40 minutes to the last one.
        XCTAssertEqual(need.minutesToReachEveryone(counters: 2) ?? 0, 40, accuracy: 1e-9)
        XCTAssertNil(need.minutesToReachEveryone(counters: 0), "no counter keeps up with the flow")
    }
}
