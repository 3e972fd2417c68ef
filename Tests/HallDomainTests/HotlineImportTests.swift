import XCTest
@testable import HallDomain

/// The fold behind `halldesk import 95598`: each intake a whole `receive`, each seeing
/// the ones before it, all going into one append.
final class HotlineImportTests: XCTestCase {
    private let now = HallFixture.shanghai("2026-10-08 09:00")

    private func intake(_ hotline: String, _ received: String, kind: WorkOrderKind = .complaint, category: String = "FWTD") -> WorkOrderIntake {
        var intake = WorkOrderFixture.complaint
        intake.hotlineNumber = hotline
        intake.kind = kind
        intake.category = category
        intake.receivedAt = HallFixture.shanghai(received)
        return intake
    }

    private func fold(_ intakes: [WorkOrderIntake], state: HallState = .initial,
                      by actor: StaffMember = WorkOrderFixture.coordinator) throws(ImportRefusal) -> HotlineImport {
        try decideImport(intakes, state: state, catalog: WorkOrderFixture.catalog, settings: WorkOrderFixture.settings, actor: actor, now: now)
    }

    private func apply(_ events: [Event], to state: HallState) -> HallState {
        var state = state
        state.fold(events, by: "K01", terminal: "tty2", at: now, timestamp: "2026-10-08T09:00:00+08:00")
        return state
    }

    func testEachIntakeGetsTheNextNumberAndItsDeadlinesRunFromTheCallCentresTime() throws {
        let decided = try fold([intake("A1", "2026-09-30 16:00"), intake("A2", "2026-10-02 09:15", kind: .faultReport, category: "TD"),
                                intake("A3", "2026-10-06 11:00", category: "CD")])
        XCTAssertEqual(decided.received.map(\.order), ["GD000001", "GD000002", "GD000003"])
        XCTAssertEqual(decided.received.map(\.index), [0, 1, 2])
        XCTAssertEqual(decided.skipped, [])
        XCTAssertEqual(decided.events.count, 4, "three orders and the major one's escalation")
        let state = apply(decided.events, to: .initial)
        XCTAssertEqual(state.workOrders.order("GD000001")?.due[.firstContact], HallFixture.shanghai("2026-10-08 16:00"),
                       "one working day from 09-30 16:00 across National Day")
        XCTAssertEqual(state.workOrders.order("GD000002")?.due[.arrival], HallFixture.shanghai("2026-10-02 10:00"),
                       "45 minutes in the city, from the call, holiday or not")
        XCTAssertEqual(state.workOrders.order("GD000003")?.major, true)
        XCTAssertEqual(state.workOrders.majorNotAcknowledged.map(\.number), ["GD000003"])
    }

    func testNumbersAlreadyInTheLogAreSkippedSoImportingTwiceAddsNothing() throws {
        let intakes = [intake("A1", "2026-09-30 16:00"), intake("A2", "2026-10-06 11:00")]
        let state = apply(try fold([intakes[1]]).events, to: .initial)
        let second = try fold(intakes, state: state)
        XCTAssertEqual(second.skipped, [1])
        XCTAssertEqual(second.received.map(\.order), ["GD000002"])
        XCTAssertEqual(second.received.map(\.index), [0])
        let third = try fold(intakes, state: apply(second.events, to: state))
        XCTAssertEqual(third.skipped, [0, 1])
        XCTAssertEqual(third.events, [])
    }

    func testANumberRepeatedInTheInputIsTakenOnce() throws {
        let decided = try fold([intake("A1", "2026-09-30 16:00"), intake("A1", "2026-10-06 11:00")])
        XCTAssertEqual(decided.received.map(\.index), [0])
        XCTAssertEqual(decided.skipped, [1])
    }

    func testTheFirstRefusalComesBackWithTheIntakeItBelongsTo() {
        XCTAssertThrowsError(try fold([intake("A1", "2026-09-30 16:00"), intake("A2", "2026-10-09 09:00"),
                                       intake("A3", "2026-10-10 09:00")])) { error in
            XCTAssertEqual((error as? ImportRefusal)?.index, 1)
            XCTAssertEqual((error as? ImportRefusal)?.refusal.code, .receivedInFuture)
        }
        XCTAssertThrowsError(try fold([intake("A1", "2026-09-30 16:00"), intake("A2", "2026-10-01 09:00", category: "XX")])) { error in
            XCTAssertEqual((error as? ImportRefusal)?.index, 1)
            XCTAssertEqual((error as? ImportRefusal)?.refusal.code, .unknownCategory)
        }
    }

    func testSomeoneWhoMayNotReceiveOrdersIsRefusedAtTheFirstIntake() {
        XCTAssertThrowsError(try fold([intake("A1", "2026-09-30 16:00")], by: WorkOrderFixture.marketing1)) { error in
            XCTAssertEqual((error as? ImportRefusal)?.index, 0)
            XCTAssertEqual((error as? ImportRefusal)?.refusal.code, .notPermitted)
        }
    }
}
