import XCTest
@testable import HallDomain

/// A simulated day with appointments: the customers who booked are booked and checked in
/// through the real book, wait less than the rest under the fairness rule, and the day
/// without appointments is the day it always was.
final class SimulationAppointmentTests: XCTestCase {
    private func policy(_ share: Double) -> SimulationPolicy {
        var policy = SimulationFixture.policy(guide: true)
        policy.appointmentShare = share
        return policy
    }

    func testBookedCustomersCheckInAndWaitLessThanTheDayAsAWhole() throws {
        let run = try SimulationFixture.run(policy(0.3))
        let waits = try XCTUnwrap(run.result.appointmentWaits)
        XCTAssertGreaterThan(waits.count, 10)
        XCTAssertLessThan(waits.average, run.result.waits.average)
        let state = run.log.reduce(HallState.initial, evolve)
        let checkedIn = state.appointments.appointments.filter { $0.status == .checkedIn }
        XCTAssertEqual(checkedIn.count, state.today.slips.count { $0.priority == .appointment })
        XCTAssertGreaterThanOrEqual(checkedIn.count, waits.count, "every appointment slip called is counted")
        let calls = run.log.compactMap { if case .slipCalled(let call) = $0.event { call } else { nil } }
        XCTAssertTrue(calls.contains { $0.reason == "预约客户按时签到，排在普通号前" })
    }

    func testWithoutAppointmentsTheDayIsUnchanged() throws {
        let none = try SimulationFixture.run(policy(0))
        XCTAssertNil(none.result.appointmentWaits)
        var plain = none.result
        plain.policy = SimulationFixture.policy(guide: true)
        XCTAssertEqual(plain, try SimulationFixture.run(SimulationFixture.policy(guide: true)).result)
    }
}
