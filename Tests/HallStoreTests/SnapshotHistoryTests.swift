import Foundation
import HallDomain
@testable import HallStore
import HallTestSupport
import XCTest

/// A snapshot keeps each order's timeline: the binary form stores every history entry's
/// body as a value of its own, not the JSON text the log holds, and loads back the very
/// state replay built. Work orders, their customers, holdings and history entries are
/// records laid out by hand (`BinaryRecord`, format 6), as is the body every timeline
/// starts with, so every field and every kind of entry is checked to come back.
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

    /// An order with every field set and one history entry of every kind of body.
    private func fullOrder() -> WorkOrder {
        let received = at("2026-09-30 16:00")
        var customer = WorkOrderSamples.customer
        customer.tier = "重要客户"
        customer.vip = true
        var order = WorkOrder(number: "GD000001", kind: .complaint, source: .hotline95598, category: "DFZY", major: true,
                              customer: customer, description: "电费账单有疑问", hotlineNumber: "95598-20260930-0001",
                              receivedAt: received, receivedBy: "K01",
                              due: [.firstContact: at("2026-10-08 16:00"), .arrival: at("2026-10-08 18:00"), .reply: at("2026-10-13 16:00"),
                                    .reopenedReply: at("2026-10-21 10:00")])
        order.categoryName = "电费、电价争议"
        order.reportedCategory = "电费争议"
        order.reportedKind = "投诉"
        order.status = .awaitingSecondFollowUp
        order.met = [.firstContact: at("2026-10-08 09:15"), .reply: at("2026-10-09 11:00")]
        order.leadDepartment = "营销部"
        order.supportingDepartments = ["运检部", "计量班"]
        order.dispatchCount = 2
        order.handler = "D01"
        order.reply = WorkOrderSamples.completeReply
        order.repliedAt = at("2026-10-09 11:00")
        order.satisfaction = .dissatisfied
        order.reopenCount = 1
        order.reopenedAt = at("2026-10-10 09:00")
        order.secondFollowUpDue = at("2026-10-20 09:00")
        order.secondFollowUpAt = at("2026-10-19 15:30")
        order.closedAt = at("2026-10-19 16:00")
        order.responsibility = ResponsibilityRuling(finding: .atFault, department: "营销部", person: "陈志强")
        order.pushCount = 3
        order.escalation = .stationHead
        order.pendingReturn = ReturnRequest(department: "运检部", reason: .wrongOwner, note: "属营销部")
        order.returnRejection = "地址核实属本片区"
        order.holdings = [DepartmentHolding(department: "运检部", from: at("2026-09-30 16:05"), until: at("2026-10-01 09:00")),
                          DepartmentHolding(department: "营销部", from: at("2026-10-01 09:00"))]
        order.majorAcknowledgedBy = "M01"
        order.invitedDepartments = ["运检部", "计量班"]
        order.jointQuestion = "电表是否走快"
        order.findings = ["计量班": "现场校验合格"]
        order.repeatOf = "GD000000"
        order.links = [WorkOrderLink(other: "GD000002", reason: .batch)]
        order.promise = WorkOrderPromise(madeAt: at("2026-10-08 10:00"), due: at("2026-10-09 17:00"), dueText: "2026-10-09 17:00",
                                         note: "已联系厂家调换电表，三天内答复")
        order.complainedAbout = ComplainedAbout(staffID: "D02", name: "区淑贞")
        order.history = (WorkOrderSamples.everyEvent + [.received(fullReceived)]).enumerated().map { index, event in
            WorkOrderHistoryEntry(time: received.addingTimeInterval(Double(index) * 61.5), actor: index % 2 == 0 ? "K01" : "D01", event: event)
        }
        return order
    }

    /// A received body with every field set (the sample leaves some out), a record of its own.
    private let fullReceived = WorkOrderReceived(order: "GD000001", kind: .complaint, source: .hotline95598, category: "DFZY", major: true,
                                                 customer: WorkOrderSamples.customer, description: "电费账单有疑问",
                                                 hotlineNumber: "95598-20260930-0001", firstContactDue: "2026-10-08T08:00:00Z",
                                                 arrivalDue: "2026-10-08T10:00:00Z", replyDue: "2026-10-13T08:00:00Z",
                                                 receivedAt: "2026-09-30T08:00:00Z", categoryName: "电费、电价争议", repeatOf: "GD000000",
                                                 reportedCategory: "电费争议", reportedKind: "投诉")

    /// Whether a stored property holds something: not nil, not empty, not zero, not false.
    private func isSet(_ value: Any) -> Bool {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return !mirror.children.isEmpty }
        if mirror.displayStyle == .collection || mirror.displayStyle == .dictionary { return !mirror.children.isEmpty }
        if let number = value as? Int { return number != 0 }
        if let flag = value as? Bool { return flag }
        return true
    }

    /// Names the stored properties of `value` that hold nothing, and checks the record names them all.
    private func assertEveryField<R: BinaryRecord>(_ value: R, file: StaticString = #filePath, line: UInt = #line) {
        let children = Mirror(reflecting: value).children
        XCTAssertEqual(children.count, R.fieldCount, "\(R.self) gained or lost a stored property: write it in its record and raise snapshotFormat",
                       file: file, line: line)
        let unset = children.filter { !isSet($0.value) }.compactMap(\.label)
        XCTAssertEqual(unset, [], "the sample \(R.self) leaves these empty, so the round trip would not see them missed", file: file, line: line)
    }

    func testAnOrderWithEveryFieldAndEveryKindOfEntryComesBackFromTheSnapshot() throws {
        let order = fullOrder()
        assertEveryField(order)
        assertEveryField(order.customer)
        for holding in order.holdings.dropLast() { assertEveryField(holding) }
        for entry in order.history { assertEveryField(entry) }
        assertEveryField(fullReceived)
        XCTAssertEqual(Set(order.history.map { type(of: $0.event.body).type }).count, WorkOrderSamples.everyEvent.count, "every kind of entry")

        var bare = WorkOrder(number: "GD000002", kind: .enquiry, source: .hall, category: "YDYW", major: false,
                             customer: Customer(name: "", phone: nil, accountNumber: nil, address: "", area: "", station: "",
                                                areaType: .rural, kind: .nonResidential),
                             description: "", hotlineNumber: nil, receivedAt: at("2026-10-01 08:00"), receivedBy: "K01", due: [:])
        bare.history = [WorkOrderHistoryEntry(time: at("2026-10-01 08:00"), actor: "K01", event: WorkOrderSamples.everyEvent[0])]
        var state = HallState.initial
        state.workOrders.orders = [order, bare]
        let head = LogHead(seq: 7, hash: String(repeating: "a", count: 64), offset: 100, endOffset: 200)
        let encoded = try SnapshotBytes.encode(state, at: head)
        let decoded = try XCTUnwrap(SnapshotBytes.decoded(HallState.self, from: encoded.bytes))
        XCTAssertEqual(decoded.head, head)
        XCTAssertEqual(decoded.state.workOrders.orders, [order, bare])
        for (kept, original) in zip(try XCTUnwrap(decoded.state.workOrders.orders.first).history, order.history) {
            XCTAssertEqual(kept, original, "\(type(of: original.event.body).type)")
        }
        for cut in [1, 9, encoded.bytes.count / 3] {
            XCTAssertNil(SnapshotBytes.decoded(HallState.self, from: Array(encoded.bytes.dropLast(cut))), "cut \(cut)")
        }
    }

    /// A snapshot of format 5 (the binary form before the string table and records) is
    /// refused as another version's, never read as this one's.
    func testASnapshotOfTheFormBeforeIsAnotherVersions() throws {
        let magic = Array("HallDesk snapshot\n".utf8)
        // {format: 5, head: nil}, laid out as formats 4 and 5 were: tag, length, then the entries.
        let entries: [UInt8] = [2, 6] + Array("format".utf8) + [3, 1, 10] + [4] + Array("head".utf8) + [0, 0]
        let old = magic + [1, UInt8(entries.count)] + entries
        guard case .failure(let reason) = SnapshotBytes.decode(HallState.self, from: old) else { return XCTFail("read as this format") }
        XCTAssertEqual(reason.text, "快照是另一版本（格式 5）写的")
        XCTAssertNil(try? BinaryDecoder().decode(HallState.self, from: Array(old.dropFirst(magic.count))), "the old form is refused")
    }
}
