import XCTest
@testable import HallDomain

/// Rules that hold for any day at the hall, checked on random days.
final class QueuePropertyTests: XCTestCase {
    private let clerks = [HallFixture.clerk1, HallFixture.clerk2]

    /// A random command, from the ones a busy morning sends.
    private func randomCommand(_ hall: HallStory, _ random: inout some RandomNumberGenerator) -> (HallCommand, StaffMember) {
        let counter = Int.random(in: 1...2, using: &random)
        let clerk = clerks[counter - 1]
        let types = HallFixture.catalog.businessTypes.filter { $0.code != "FJMXZ" }
        let slip = hall.state.today.slips.randomElement(using: &random)?.number ?? "A001"
        switch Int.random(in: 0..<14, using: &random) {
        case 0, 1, 2:
            let type = types.randomElement(using: &random)!
            return (.issueSlip(businessType: type.code, customerKind: .residential, presented: type.checklist(for: .residential),
                               priority: [nil, nil, .care, .greenChannel].randomElement(using: &random)!, override: nil, phone: nil),
                    HallFixture.guide)
        case 3, 4, 5: return (.callNext(counter: counter), clerk)
        case 6: return (.recall(counter: counter), clerk)
        case 7: return (.markNoShow(counter: counter), clerk)
        case 8: return (.reinstate(slip: slip), HallFixture.guide)
        case 9: return (.transfer(slip: slip, toQueue: ["A", "B"].randomElement(using: &random)!), clerk)
        case 10: return (.startService(counter: counter), clerk)
        case 11, 12: return (.finishService(counter: counter), clerk)
        default:
            return ([.openCounter(counter: counter), .closeCounter(counter: counter),
                     .pauseCounter(counter: counter, reason: "午休")].randomElement(using: &random)!, clerk)
        }
    }

    /// Seeded, so a failure names a day that can be run again, and the days always call
    /// enough slips to mean something (a system generator once gave 86 calls in 60 days).
    func testAnyDayReplaysToTheSameStateAndNeverCallsACalledSlip() {
        var random = SimulationRandom(seed: 20_261_123)
        var calls = 0
        for _ in 0..<60 {
            var hall = HallStory()
            for _ in 0..<Int.random(in: 0...150, using: &random) {
                hall.later(minutes: Double(Int.random(in: 0...6, using: &random)))
                let (command, actor) = randomCommand(hall, &random)
                _ = try? hall.run(command, by: actor)
            }
            let once = hall.log.reduce(HallState.initial, evolve)
            let cut = Int.random(in: 0...hall.log.count, using: &random)
            let halves = hall.log[cut...].reduce(hall.log[..<cut].reduce(HallState.initial, evolve), evolve)
            XCTAssertEqual(once, hall.state)
            XCTAssertEqual(halves, hall.state)
            XCTAssertTrue(hall.state.unmatched.isEmpty, "decide only names slips and counters the day holds")
            assertNoSlipCalledWhileCalled(hall.log)
            calls += hall.log.count(where: { if case .slipCalled = $0.event { true } else { false } })
        }
        XCTAssertGreaterThan(calls, 50, "the random days must actually call slips (99 with this seed)")
    }

    /// Between a slip's call and its release (finish, no-show, transfer) no other call
    /// names it.
    private func assertNoSlipCalledWhileCalled(_ log: [RecordedEvent]) {
        var inHand: Set<String> = []
        for record in log {
            switch record.event {
            case .slipCalled(let call):
                XCTAssertFalse(inHand.contains(call.slip), "\(call.slip) called twice at seq \(record.seq)")
                inHand.insert(call.slip)
            case .serviceFinished(let body): inHand.remove(body.slip)
            case .slipMarkedNoShow(let body): inHand.remove(body.slip)
            case .slipTransferred(let body): inHand.remove(body.slip)
            default: break
            }
        }
    }
}
