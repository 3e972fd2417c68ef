import Foundation
import HallDomain
import HallStore
import XCTest

/// Two terminals open on one log when an order falls due: both see it due, both ask the
/// domain to record it, and the log holds it once. The loser's append meets a moved head,
/// it decides again on the state that holds the winner's record, and finds nothing due.
final class EscalationRaceTests: XCTestCase {
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private func at(_ text: String) -> Date {
        var clock = Calendar(identifier: .gregorian)
        clock.timeZone = shanghai
        let parts = text.split(whereSeparator: { " -:".contains($0) }).map { Int($0)! }
        return clock.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
    }

    private func escalations(_ hall: MemoryHall) throws -> [WorkOrderEscalated] {
        try hall.store.records(after: 0).compactMap { record in
            let event = try EventCodec.decode(type: record.type, version: record.version, body: record.body)
            if case .workOrder(.escalated(let body)) = event { return body }
            return nil
        }
    }

    func testTwoConsolesPollingAtTheDueMomentRecordTheEscalationOnce() throws {
        let hall = try MemoryHall()
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: SeedCalendar.load(folder: Checkout.seeds, timeZone: shanghai))
        let coordinator = try hall.engine(hall.member(.coordinator), terminal: "tty1")
        let handler = try hall.engine(XCTUnwrap(hall.catalog.roster.members.first { $0.department == "营销部" && $0.roles == [.department] }),
                                      terminal: "tty2")
        let guide = try hall.engine(hall.member(.guide), terminal: "tty3")
        let customer = Customer(name: "林美玲", phone: "13800138000", accountNumber: "0301234567", address: "天河路 88 号",
                                area: "天河北", station: "天河供电所", areaType: .city, kind: .residential)
        let received = try coordinator.perform(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                                                        customer: customer, description: "营业员态度生硬")),
                                               settings: settings, now: at("2026-09-30 16:00"))
        guard case .workOrder(.received(let order))? = received.first?.event else { return XCTFail("no order received") }
        try coordinator.perform(.dispatch(order: order.order, leadDepartment: "营销部", supportingDepartments: []),
                                settings: settings, now: at("2026-09-30 16:05"))
        try handler.perform(.accept(order: order.order), settings: settings, now: at("2026-09-30 16:10"))

        // Both consoles read the log and see the order due at 10:30 on 10-08; the guide's
        // terminal appends first, in the middle of the coordinator's decision.
        let due = at("2026-10-08 10:30")
        var decisions = 0
        var guideRecorded: [RecordedEvent] = []
        let coordinatorRecorded = try coordinator.perform(now: due) { state, now throws(HallRefusal) in
            decisions += 1
            if decisions == 1 {
                XCTAssertEqual(state.workOrders.escalationsDue(at: now, settings: settings).count, 1, "seen as due")
                guideRecorded = (try? guide.perform(.escalateDue, settings: settings, now: due)) ?? []
            }
            return try decide(.escalateDue, state: state, catalog: hall.catalog, settings: settings, actor: coordinator.actor, now: now)
        }
        XCTAssertEqual(decisions, 2, "the coordinator lost the race and decided again")
        XCTAssertEqual(guideRecorded.count, 1)
        XCTAssertEqual(coordinatorRecorded, [], "nothing left due on the new state")
        XCTAssertEqual(try escalations(hall), [WorkOrderEscalated(order: order.order, level: .departmentHead, reason: .warningPoint,
                                                                  deadline: .firstContact)])
        XCTAssertEqual(try guide.perform(.escalateDue, settings: settings, now: at("2026-10-08 10:31")), [])
        XCTAssertEqual(coordinator.replica.state.workOrders.order(order.order)?.escalation, .departmentHead)
    }
}
