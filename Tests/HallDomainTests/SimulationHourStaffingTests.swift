import XCTest
@testable import HallDomain

/// Each hour of a simulated day beside Erlang C, the counters a run staffs, and a recorded
/// trace's own hours.
final class SimulationHourStaffingTests: XCTestCase {
    func testEveryHourCountsItsSlipsAndAsksErlangCWithItsOwnServiceTimes() throws {
        let run = try SimulationFixture.run(SimulationFixture.policy(guide: true))
        let hours = run.result.hours
        XCTAssertEqual(hours.map(\.hour), [0, 1, 2, 3])
        XCTAssertEqual(hours.map(\.arrivals).reduce(0, +), run.result.slips)
        let day = run.log.reduce(HallState.initial, evolve).today
        let second = try XCTUnwrap(hours.first { $0.hour == 1 })
        let start = SimulationFixture.opening.addingTimeInterval(3600)
        let slips = day.slips.filter { $0.issuedAt >= start && $0.issuedAt < start.addingTimeInterval(3600) && $0.status == .finished }
        let service = slips.compactMap(\.serviceMinutes).reduce(0, +) / Double(slips.count)
        XCTAssertEqual(try XCTUnwrap(second.meanServiceMinutes), service, accuracy: 1e-9)
        XCTAssertEqual(second.countersNeeded, ErlangC.countersNeeded(arrivalRate: Double(second.arrivals) / 60, serviceRate: 1 / service,
                                                                     meanWaitTargetMinutes: 15))
        XCTAssertEqual(try XCTUnwrap(second.averageWaitMinutes),
                       slips.compactMap(\.waitMinutes).reduce(0, +) / Double(slips.count), accuracy: 1e-9)
    }

    func testAnHourWithoutArrivalsNeedsNoEstimate() throws {
        var scenario = SimulationFixture.busy
        scenario.arrivalsPerHour = [20, 0, 20]
        scenario.sameDayReturnShare = 0
        let hours = try SimulationFixture.run(SimulationFixture.policy(guide: false), scenario: scenario).result.hours
        XCTAssertEqual(hours[1].arrivals, 0)
        XCTAssertNil(hours[1].countersNeeded)
        XCTAssertNil(hours[1].averageWaitMinutes)
        XCTAssertNotNil(hours[0].countersNeeded)
    }

    func testARunBeyondTheCatalogsCountersReportsTheOnesItAdded() throws {
        let run = try SimulationFixture.run(SimulationFixture.policy(guide: true, counters: 4))
        XCTAssertEqual(run.counters.map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(run.counters[2].queues, ["B", "A"], "an extra counter serves what the widest one does")
        let opened = run.log.compactMap { if case let .counterOpened(opened) = $0.event { opened.counter } else { nil } }
        XCTAssertEqual(opened, [1, 2, 3, 4])
    }

    func testReplayingATraceMakesItsOwnHoursTheDay() {
        let arrival = { (minute: Double) in
            SimulatedArrival(minute: minute, businessType: "DF", customerKind: .residential, documentsComplete: true,
                             answerableAtDoor: false, serviceMinutes: 4, discoveryMinutes: 3, priority: nil, noShow: false,
                             returnAfterMinutes: nil)
        }
        let replayed = SimulationFixture.busy.replaying([arrival(5), arrival(59.9), arrival(250), arrival(130)])
        XCTAssertEqual(replayed.arrivalsPerHour, [2, 0, 1, 0, 1])
        XCTAssertEqual(replayed.openMinutes, 300)
        XCTAssertEqual(replayed.opening, SimulationFixture.busy.opening)
    }
}
