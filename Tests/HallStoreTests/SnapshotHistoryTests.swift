import Foundation
import HallDomain
import HallStore
import XCTest

/// A snapshot keeps each order's timeline: the binary form stores every history entry's
/// body as a value of its own (format 5), not the JSON text the log holds, and loads back
/// the very state replay built.
final class SnapshotHistoryTests: XCTestCase {
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private func at(_ text: String) -> Date {
        var clock = Calendar(identifier: .gregorian)
        clock.timeZone = shanghai
        let parts = text.split(whereSeparator: { " -:".contains($0) }).map { Int($0)! }
        return clock.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
    }

    func testAnOrdersTimelineComesBackFromTheBinarySnapshotAsReplayBuiltIt() throws {
        let hall = try MemoryHall()
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: SeedCalendar.load(folder: Checkout.seeds, timeZone: shanghai))
        let coordinator = try hall.engine(hall.member(.coordinator), terminal: "tty1")
        let handler = try hall.engine(XCTUnwrap(hall.catalog.roster.members.first { $0.department == "营销部" && $0.roles == [.department] }),
                                      terminal: "tty2")
        let customer = Customer(name: "林美玲", phone: "13800138000", accountNumber: "0301234567", address: "天河路 88 号",
                                area: "天河北", station: "天河供电所", areaType: .city, kind: .residential)
        var numbers: [String] = []
        for (index, description) in ["营业员态度生硬", "电费账单有疑问"].enumerated() {
            let received = try coordinator.perform(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                                                            customer: customer, description: description)),
                                                   settings: settings, now: at("2026-09-30 16:0\(index)"))
            guard case .workOrder(.received(let order))? = received.first?.event else { return XCTFail("no order received") }
            numbers.append(order.order)
        }
        try coordinator.perform(.dispatch(order: numbers[0], leadDepartment: "营销部", supportingDepartments: []),
                                settings: settings, now: at("2026-09-30 16:05"))
        try handler.perform(.accept(order: numbers[0]), settings: settings, now: at("2026-09-30 16:10"))
        try coordinator.perform(.escalateDue, settings: settings, now: at("2026-10-08 10:30"))

        let state = coordinator.replica.state
        XCTAssertEqual(state.workOrders.order(numbers[0])?.history.count, 4, "received, dispatched, accepted, escalated")
        let encoded = try SnapshotBytes.encode(state, at: coordinator.replica.head)
        let decoded = try XCTUnwrap(SnapshotBytes.decoded(HallState.self, from: encoded.bytes))
        XCTAssertEqual(decoded.state, state)
        for number in numbers {
            XCTAssertEqual(decoded.state.workOrders.order(number)?.history, state.workOrders.order(number)?.history, number)
        }
        for entry in try XCTUnwrap(state.workOrders.order(numbers[0])?.history) {
            let json = EventCodec.encode(.workOrder(entry.event)).body
            XCTAssertNil(Data(encoded.bytes).range(of: json), "a body is stored as a value, not as its JSON text")
        }
    }
}
