import XCTest
@testable import HallDomain

/// A simulated day through the real `decide`/`evolve`: reproducible from its seed, every
/// customer accounted for, and the policies doing what they say.
final class SimulationDayTests: XCTestCase {
    private var arrivals: [SimulatedArrival] {
        get throws { try ArrivalGenerator.day(SimulationFixture.busy, catalog: HallFixture.catalog, seed: 7) }
    }

    func testTheSameSeedTellsTheSameDayAndAnotherSeedAnother() throws {
        let once = try SimulationFixture.run(SimulationFixture.policy(guide: false), seed: 7)
        let again = try SimulationFixture.run(SimulationFixture.policy(guide: false), seed: 7)
        let other = try SimulationFixture.run(SimulationFixture.policy(guide: false), seed: 8)
        XCTAssertEqual(once.result, again.result)
        XCTAssertEqual(once.log, again.log)
        XCTAssertNotEqual(once.result, other.result)
    }

    func testEverySlipEndsServedSentHomeOrMissedAndTheLogAgrees() throws {
        for guide in [false, true] {
            let run = try SimulationFixture.run(SimulationFixture.policy(guide: guide))
            let result = run.result
            XCTAssertGreaterThan(result.slips, 50)
            XCTAssertEqual(result.slips, result.served + result.incompleteAtCounter + result.noShows)
            XCTAssertEqual(result.waits.count, result.served + result.incompleteAtCounter)
            XCTAssertEqual(result.visits, result.doorAnswers + result.turnedAwayAtDoor + result.slips)
            let day = run.log.reduce(HallState.initial, evolve).today
            XCTAssertEqual(day.slips.count, result.slips)
            XCTAssertTrue(day.slips.allSatisfy { $0.status == .finished || $0.status == .noShow }, "the day is drained")
            let recalls = run.log.count { if case .slipRecalled = $0.event { true } else { false } }
            XCTAssertEqual(recalls, result.noShows * HallFixture.catalog.rules.recallLimit)
        }
    }

    func testTheGuideAnswersQuestionsAndStopsIncompleteDocumentsAtTheDoor() throws {
        let day = try arrivals
        let enquiries = day.count(where: \.answerableAtDoor)
        let incomplete = day.filter { !$0.documentsComplete }
        XCTAssertGreaterThan(enquiries, 0)
        XCTAssertGreaterThan(incomplete.count, 0)

        let guided = try SimulationFixture.run(SimulationFixture.policy(guide: true)).result
        XCTAssertEqual(guided.doorAnswers, enquiries)
        XCTAssertEqual(guided.turnedAwayAtDoor, incomplete.count)
        XCTAssertEqual(guided.incompleteAtCounter, 0)
        XCTAssertEqual(guided.wastedCounterMinutes, 0)
        XCTAssertEqual(guided.savedCounterMinutes, incomplete.map(\.discoveryMinutes).reduce(0, +), accuracy: 1e-9)

        let unguided = try SimulationFixture.run(SimulationFixture.policy(guide: false)).result
        XCTAssertEqual(unguided.doorAnswers, 0)
        XCTAssertEqual(unguided.turnedAwayAtDoor, 0)
        let stayed = incomplete.filter { !$0.noShow }
        XCTAssertLessThan(stayed.count, incomplete.count, "some leave before their call")
        XCTAssertEqual(unguided.incompleteAtCounter, stayed.count)
        XCTAssertEqual(unguided.wastedCounterMinutes, stayed.map(\.discoveryMinutes).reduce(0, +), accuracy: 1e-9)
        XCTAssertLessThan(guided.waits.average, unguided.waits.average)
    }

    func testPrefillingShortensServicesOfBusinessesWithForms() throws {
        let plain = try SimulationFixture.run(SimulationFixture.policy(guide: true)).result
        let run = try SimulationFixture.run(SimulationFixture.policy(guide: true, prefill: true))
        XCTAssertLessThan(run.result.utilisation * max(240, run.result.lastServiceEnd),
                          plain.utilisation * max(240, plain.lastServiceEnd))
        let marked = run.log.count { if case .formsPrefilled = $0.event { true } else { false } }
        let withForms = try arrivals.count { $0.businessType == "JMXZ" }
        XCTAssertGreaterThan(marked, 0)
        XCTAssertLessThanOrEqual(marked, withForms + run.result.sameDayReturns)
    }

    func testPriorityOffIssuesNoPrioritySlips() throws {
        func prioritySlips(_ priority: Bool) throws -> Int {
            try SimulationFixture.run(SimulationFixture.policy(guide: true, priority: priority)).log.count {
                if case let .slipIssued(slip) = $0.event { slip.priority != nil } else { false }
            }
        }
        XCTAssertGreaterThan(try prioritySlips(true), 0)
        XCTAssertEqual(try prioritySlips(false), 0)
    }

    func testExtraCountersAreGeneralAndTooFewAreRefusedInChinese() throws {
        let run = try SimulationFixture.run(SimulationFixture.policy(guide: false, counters: 3))
        let opened = run.log.compactMap { if case let .counterOpened(body) = $0.event { body } else { nil } }
        XCTAssertEqual(opened.map(\.counter), [1, 2, 3])
        XCTAssertEqual(opened.last?.queues, ["B", "A"])
        XCTAssertThrowsError(try SimulationFixture.run(SimulationFixture.policy(guide: false, counters: 1))) { error in
            XCTAssertTrue("\(error)".contains("B 队"), "\(error)")
        }
    }

    func testMoreCountersShortenTheWaitOfTheSameCustomers() throws {
        let two = try SimulationFixture.run(SimulationFixture.policy(guide: false)).result
        let four = try SimulationFixture.run(SimulationFixture.policy(guide: false, counters: 4)).result
        XCTAssertLessThan(four.waits.average, two.waits.average)
        XCTAssertLessThan(four.utilisation, two.utilisation)
    }
}
