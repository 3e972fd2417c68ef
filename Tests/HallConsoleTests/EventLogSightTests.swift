import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore
import SnapshotAssert
import TermUI
import XCTest

/// The event-log pane lists the whole hall to those who see every order, and to a
/// department only what it may open: its own orders' records, never another department's
/// order numbers, never another member's refusal (whose reason may name one).
final class EventLogSightTests: XCTestCase {
    private func at(_ text: String) throws -> Date {
        try XCTUnwrap(ISO8601DateFormatter().date(from: text.replacingOccurrences(of: " ", with: "T") + ":00+08:00"))
    }

    /// Given 营销部 leads GD000001 and 计量班 leads GD000002, and 营销部's handler was
    /// refused something on 计量班's order; when each opens the event-log pane.
    private func morning() throws -> (files: HallFiles, now: Date) {
        let folder = try makeTemporaryFolder(self)
        let files = try HallFiles(folder: DataFolder.create(at: folder.appendingPathComponent("data"), seeds: Checkout.seeds, practice: true))
        let coordinator = FuzzMorning.session(files, try XCTUnwrap(files.roster.member(id: "K01")))
        for (index, lead) in ["营销部", "计量班"].enumerated() {
            let customer = Customer(name: "客户\(index)", phone: "1381234123\(index)", accountNumber: nil, address: "天河北路 \(index) 号",
                                    area: "天河北", station: "天河供电所", areaType: .city, kind: .residential)
            let received = coordinator.perform(workOrders: [.receive(WorkOrderIntake(kind: .complaint, source: .hall, category: "DFZY",
                                                                                     customer: customer, description: "电费高出一倍"))],
                                               now: try at("2026-11-23 09:0\(2 * index)"))
            guard case .done(let events) = received, case .workOrder(.received(let body))? = events.first?.event else {
                throw SetUpFailed(result: received)
            }
            let dispatched = coordinator.perform(workOrders: [.dispatch(order: body.order, leadDepartment: lead, supportingDepartments: [],
                                                                        reason: "按表计问题先派\(lead)")],
                                                 now: try at("2026-11-23 09:0\(2 * index + 1)"))
            guard case .done = dispatched else { throw SetUpFailed(result: dispatched) }
        }
        let marketing = FuzzMorning.session(files, try XCTUnwrap(files.roster.member(id: "D01")))
        let refused = marketing.perform(workOrders: [.accept(order: "GD000002")], now: try at("2026-11-23 09:20"))
        guard case .refused = refused else { throw SetUpFailed(result: refused) }
        return (files, try at("2026-11-23 09:30"))
    }

    private struct SetUpFailed: Error {
        let result: ActionResult
    }

    private func eventLog(_ files: HallFiles, _ staff: String, now: Date) throws -> [String] {
        let console = FuzzMorning.session(files, try XCTUnwrap(files.roster.member(id: staff)))
        let facts = console.facts(now: now, showing: .eventLog)
        let model = ConsoleModel(start: .eventLog, seesEveryOrder: OrderSight.seesEveryOrder(facts.member))
        return snapshotLines(ConsoleView.render(model: model, state: console.replica.state, facts: facts,
                                                size: Size(width: 100, height: 30), theme: .standard))
    }

    func testADepartmentSeesOnlyItsOwnOrdersRecords() throws {
        let (files, now) = try morning()
        let metering = try eventLog(files, "D03", now: now).joined(separator: "\n")
        XCTAssertTrue(metering.contains("GD000002"), metering)
        XCTAssertTrue(metering.contains("派单 GD000002：主办 计量班"), metering)
        XCTAssertFalse(metering.contains("GD000001"), "another department's order\n\(metering)")
        XCTAssertFalse(metering.contains("拒绝操作"), "营销部's refusal on 计量班's order\n\(metering)")

        let marketing = try eventLog(files, "D01", now: now).joined(separator: "\n")
        XCTAssertTrue(marketing.contains("派单 GD000001：主办 营销部"), marketing)
        XCTAssertFalse(marketing.contains("GD000002：主办"), "计量班's order\n\(marketing)")
        XCTAssertTrue(marketing.contains("拒绝操作"), "its own refusal is its to see\n\(marketing)")
    }

    func testTheCoordinatorSeesEveryRecord() throws {
        let (files, now) = try morning()
        let coordinator = try eventLog(files, "K01", now: now).joined(separator: "\n")
        for line in ["派单 GD000001：主办 营销部", "派单 GD000002：主办 计量班", "拒绝操作"] {
            XCTAssertTrue(coordinator.contains(line), "\(line)\n\(coordinator)")
        }
    }
}
