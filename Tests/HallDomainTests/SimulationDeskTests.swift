import Foundation
import XCTest
@testable import HallDomain

/// The day at a desk others act at too (what the demo's log is): what people do meanwhile
/// neither stops the day nor leaves a counter standing, and a desk that stops ends it there.
final class SimulationDeskTests: XCTestCase {
    /// Someone at the console who both guides and clerks (the roles permit both actions).
    private static let standIn = StaffMember(id: "H01", name: "顶班", roles: [.guide, .clerk], department: nil, login: nil)

    /// The simulator's desk with a stand-in who, before the day's clerks, issues a slip of
    /// their own and takes counter 1, and a cut-off after which the desk stops the day.
    private struct SharedDesk: SimulationDesk {
        var inner: InMemoryDesk
        var interferesAt: Date?
        var stopsAfter = Date.distantFuture
        /// Refusals other than an empty queue at a call.
        var refusals = 0
        var state: HallState { inner.state }
        var passesOverRefusals: Bool { true }

        mutating func advance(to time: Date) -> Bool {
            guard time <= stopsAfter else { return false }
            if let at = interferesAt, time >= at {
                interferesAt = nil
                let standIn = SimulationDeskTests.standIn
                _ = try? inner.act(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: ["身份证", "房屋产权证明", "用电申请表"],
                                              priority: nil, override: nil, phone: nil), by: standIn, at: time)
                _ = try? inner.act(.openCounter(counter: 1), by: standIn, at: time)
            }
            return true
        }

        mutating func act(_ command: HallCommand, by actor: StaffMember, at time: Date) throws(DeskFailure) -> [Event] {
            do {
                return try inner.act(command, by: actor, at: time)
            } catch .refused(let refusal) where refusal.code != .nothingWaiting {
                refusals += 1
                throw .refused(refusal)
            }
        }
    }

    private func play(_ desk: inout SharedDesk) throws -> SimulationResult {
        let scenario = SimulationFixture.busy
        let arrivals = try ArrivalGenerator.day(scenario, catalog: HallFixture.catalog, seed: 7)
        return try HallSimulator.play(arrivals, scenario: scenario, policy: SimulationFixture.policy(guide: true),
                                      catalog: HallFixture.catalog, on: &desk)
    }

    func testTheSameDeskWithNobodyElseActingGivesTheSimulatorsDay() throws {
        var desk = SharedDesk(inner: InMemoryDesk(catalog: HallFixture.catalog))
        let result = try play(&desk)
        let simulated = try SimulationFixture.run(SimulationFixture.policy(guide: true))
        XCTAssertEqual(result, simulated.result)
        XCTAssertEqual(desk.inner.log.map(\.event), simulated.log.map(\.event))
        XCTAssertEqual(desk.refusals, 0)
    }

    func testASlipIssuedAtTheConsoleIsServedAndACounterTakenThereIsPassedOver() throws {
        var desk = SharedDesk(inner: InMemoryDesk(catalog: HallFixture.catalog), interferesAt: SimulationFixture.opening)
        _ = try play(&desk)
        let day = desk.state.today
        let stranger = try XCTUnwrap(desk.inner.log.first { $0.actor == Self.standIn.id }.flatMap { record -> String? in
            if case let .slipIssued(slip) = record.event { slip.number } else { nil }
        })
        XCTAssertEqual(day.slip(stranger)?.status, .finished, "the day's clerk served the slip it did not issue")
        XCTAssertTrue(desk.inner.log.contains { record in
            if case .counterOpened(let opened) = record.event { opened.counter == 1 && record.actor == Self.standIn.id } else { false }
        })
        XCTAssertGreaterThan(desk.refusals, 0, "counter 1 is the stand-in's: the day's clerk could neither open it nor call there")
        XCTAssertTrue(day.slips.allSatisfy { $0.status == .finished || $0.status == .noShow }, "the day still drains")
    }

    func testADeskThatStopsEndsTheDayBeforeItsNextAction() throws {
        let cutOff = HallFixture.shanghai("2026-11-23 09:15")
        var desk = SharedDesk(inner: InMemoryDesk(catalog: HallFixture.catalog), stopsAfter: cutOff)
        _ = try play(&desk)
        XCTAssertGreaterThan(desk.inner.log.count, 10)
        XCTAssertTrue(desk.inner.log.allSatisfy { $0.time <= cutOff })
        XCTAssertTrue(desk.state.today.slips.contains { $0.status == .waiting || $0.status == .serving || $0.status == .called },
                      "stopped mid-morning, not drained")
    }

    func testARefusalAtTheSimulatorsOwnDeskStopsTheRunInChinese() throws {
        var desk = InMemoryDesk(catalog: HallFixture.catalog)
        _ = try desk.act(.openCounter(counter: 1), by: HallFixture.clerk1, at: SimulationFixture.opening)
        let arrivals = try ArrivalGenerator.day(SimulationFixture.busy, catalog: HallFixture.catalog, seed: 7)
        XCTAssertThrowsError(try HallSimulator.play(arrivals, scenario: SimulationFixture.busy, policy: SimulationFixture.policy(guide: true),
                                                    catalog: HallFixture.catalog, on: &desk)) { error in
            XCTAssertTrue("\(error)".contains("被业务规则拒绝"), "\(error)")
        }
    }
}
