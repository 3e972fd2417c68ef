import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore
import XCTest

/// Consoles open on one data folder when an order falls due: each one's poll asks the
/// domain what time has made due and records it through the engine, so the log holds the
/// escalation once however many are open, and nobody pressed a key.
final class EscalationPollTests: XCTestCase {
    private func at(_ text: String) throws -> Date {
        try XCTUnwrap(ISO8601DateFormatter().date(from: text.replacingOccurrences(of: " ", with: "T") + ":00+08:00"))
    }

    private func escalations(_ console: ConsoleSession, _ order: String) -> [WorkOrderEscalated] {
        console.replica.state.workOrders.order(order)?.history.compactMap {
            if case .escalated(let body) = $0.event { body } else { nil }
        } ?? []
    }

    func testThreeConsolesPollingAtTheDueMomentRecordEachStepOnce() throws {
        let folder = try makeTemporaryFolder(self)
        let files = try HallFiles(folder: DataFolder.create(at: folder.appendingPathComponent("data"), seeds: Checkout.seeds, practice: true))
        let members = try ["K01", "G01", "M01"].map { try XCTUnwrap(files.roster.member(id: $0)) }
        let consoles = members.map { FuzzMorning.session(files, $0) }
        let customer = Customer(name: "张伟", phone: "13812341234", accountNumber: nil, address: "天河北路 1 号", area: "天河北",
                                station: "天河供电所", areaType: .city, kind: .residential)
        let received = consoles[0].perform(workOrders: [.receive(WorkOrderIntake(kind: .complaint, source: .hall, category: "DFZY",
                                                                                 customer: customer, description: "电费高出一倍"))],
                                           now: try at("2026-11-23 09:00"))
        guard case .done(let events) = received, case .workOrder(.received(let body))? = events.first?.event else {
            return XCTFail("\(received)")
        }
        _ = consoles[0].perform(workOrders: [.dispatch(order: body.order, leadDepartment: "营销部", supportingDepartments: [])],
                                now: try at("2026-11-23 09:10"))

        // First contact is due Tuesday 09:00; its warning point is Monday 14:30.
        for console in consoles { _ = console.poll(showing: .home, now: try at("2026-11-23 14:29")) }
        XCTAssertEqual(escalations(consoles[0], body.order), [])
        let changed = try consoles.map { $0.poll(showing: .home, now: try at("2026-11-23 14:30")) }
        XCTAssertEqual(changed, [true, true, true], "the first recorded it; the others caught up with it")
        for console in consoles {
            _ = console.poll(showing: .home, now: try at("2026-11-23 14:31"))
            XCTAssertEqual(escalations(console, body.order).map(\.level), [.departmentHead])
        }
        for console in consoles.reversed() { _ = console.poll(showing: .manager, now: try at("2026-11-24 09:01")) }
        XCTAssertEqual(escalations(consoles[0], body.order).map(\.level), [.departmentHead, .stationHead])
        XCTAssertEqual(consoles[0].replica.state.workOrders.order(body.order)?.history.suffix(2).map(\.actor), ["K01", "M01"],
                       "whoever polled first at each moment wrote it")
    }
}
