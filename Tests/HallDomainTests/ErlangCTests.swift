import XCTest
@testable import HallDomain

/// Erlang C against values worked by hand and printed in queueing textbooks.
final class ErlangCTests: XCTestCase {
    /// Two Erlangs on three counters: P(wait) = (8/6·3) / (1 + 2 + 2 + 8/6·3) = 4/9.
    func testTwoErlangsOnThreeCountersWaitWithProbabilityFourNinths() {
        let model = ErlangC(arrivalRate: 2.0 / 6, serviceRate: 1.0 / 6, counters: 3)
        XCTAssertEqual(model.probabilityOfWaiting, 4.0 / 9, accuracy: 1e-12)
        XCTAssertEqual(model.meanWaitMinutes, (4.0 / 9) / (3.0 / 6 - 2.0 / 6), accuracy: 1e-9)
        XCTAssertEqual(model.utilisation, 2.0 / 3, accuracy: 1e-12)
    }

    /// The call-centre table value: 10 Erlangs on 11 agents wait with probability 0.6821.
    func testTenErlangsOnElevenCountersMatchesTheTable() {
        XCTAssertEqual(ErlangC(arrivalRate: 10, serviceRate: 1, counters: 11).probabilityOfWaiting, 0.682118, accuracy: 1e-6)
        XCTAssertEqual(ErlangC(arrivalRate: 10, serviceRate: 1, counters: 12).probabilityOfWaiting, 0.449388, accuracy: 1e-6)
    }

    /// With one counter M/M/c is M/M/1: P(wait) = ρ and Wq = ρ / (μ − λ).
    func testOneCounterIsMM1() {
        let model = ErlangC(arrivalRate: 0.1, serviceRate: 0.125, counters: 1)
        XCTAssertEqual(model.probabilityOfWaiting, 0.8, accuracy: 1e-12)
        XCTAssertEqual(model.meanWaitMinutes, 0.8 / 0.025, accuracy: 1e-9)
        XCTAssertEqual(model.shareWithin(minutes: 0), 0.2, accuracy: 1e-12)
    }

    func testAnOverloadedHallWaitsWithoutEnd() {
        let model = ErlangC(arrivalRate: 1, serviceRate: 1.0 / 6, counters: 6)
        XCTAssertFalse(model.isStable)
        XCTAssertEqual(model.probabilityOfWaiting, 1)
        XCTAssertEqual(model.meanWaitMinutes, .infinity)
    }

    /// 2 Erlangs of six-minute services: 3 counters wait 2.67 min on average, 4 wait 0.52,
    /// 5 wait 0.12 — so a one-minute target needs 4 and a quarter-minute target needs 5.
    func testCountersNeededIsTheFewestMeetingTheTarget() {
        XCTAssertEqual(ErlangC.countersNeeded(arrivalRate: 2.0 / 6, serviceRate: 1.0 / 6, meanWaitTargetMinutes: 15), 3)
        XCTAssertEqual(ErlangC.countersNeeded(arrivalRate: 2.0 / 6, serviceRate: 1.0 / 6, meanWaitTargetMinutes: 1), 4)
        XCTAssertEqual(ErlangC.countersNeeded(arrivalRate: 2.0 / 6, serviceRate: 1.0 / 6, meanWaitTargetMinutes: 0.25), 5)
        XCTAssertEqual(ErlangC.countersNeeded(arrivalRate: 0, serviceRate: 1.0 / 6, meanWaitTargetMinutes: 15), 0)
    }
}
