import XCTest
@testable import HallDomain

/// 批量预警: outage reports from 荷村 one October afternoon point at one failing transformer.
final class BatchWarningTests: XCTestCase {
    private let rule = BatchRule(count: 3, hours: 24)

    private func outage(in area: String, category: String = "TD") -> WorkOrderIntake {
        var customer = WorkOrderFixture.customer
        customer.area = area
        customer.address = "\(area)大道 3 号"
        return WorkOrderIntake(kind: .faultReport, source: .phone, category: category, customer: customer, description: "整条街停电")
    }

    /// Receives one outage report at each time (2026-10-08 unless a full date is given) and returns the numbers.
    private func reports(_ story: inout WorkOrderStory, in area: String, at times: [String],
                         category: String = "TD") throws -> [String] {
        try times.map { time throws(HallRefusal) -> String in
            story.at(time.count > 5 ? time : "2026-10-08 \(time)")
            return try story.receive(outage(in: area, category: category))
        }
    }

    func testThreeReportsFromOneAreaInAnAfternoonRaiseOneWarning() throws {
        var story = WorkOrderStory()
        let numbers = try reports(&story, in: "荷村", at: ["14:05", "14:40", "16:10"])

        let warnings = BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now)

        XCTAssertEqual(warnings, [BatchWarning(category: "TD", area: "荷村", orders: numbers,
                                               firstReceivedAt: HallFixture.shanghai("2026-10-08 14:05"),
                                               lastReceivedAt: HallFixture.shanghai("2026-10-08 16:10"))])
    }

    func testTwoReportsOrReportsSpreadOverMoreThanADayRaiseNone() throws {
        var story = WorkOrderStory()
        _ = try reports(&story, in: "荷村", at: ["2026-10-08 08:00", "2026-10-08 18:00"])
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now), [])
        _ = try reports(&story, in: "荷村", at: ["2026-10-09 09:00"])
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now), [],
                       "08:00 to 09:00 the next day is 25 hours; no 24 hours hold three")
    }

    func testOtherAreasAndCategoriesAreCountedApart() throws {
        var story = WorkOrderStory()
        _ = try reports(&story, in: "荷村", at: ["14:05", "14:40"])
        _ = try reports(&story, in: "大墩", at: ["15:00"])
        _ = try reports(&story, in: "荷村", at: ["15:30"], category: "FWTD")
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now), [])
    }

    func testALongRunIsOneWarningNamingEveryOrderInIt() throws {
        var story = WorkOrderStory()
        let numbers = try reports(&story, in: "荷村", at: ["2026-10-08 09:00", "2026-10-08 20:00", "2026-10-09 07:00",
                                                          "2026-10-09 19:00", "2026-10-10 06:00"])
        let warnings = BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now)
        XCTAssertEqual(warnings.map(\.orders), [numbers])
    }

    func testLinkingTheWholeGroupAsABatchClearsTheWarning() throws {
        var story = WorkOrderStory()
        let numbers = try reports(&story, in: "荷村", at: ["14:05", "14:40", "16:10"])
        try story.run(.link(order: numbers[0], to: numbers[1], reason: .batch))
        try story.run(.link(order: numbers[2], to: numbers[1], reason: .related))
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now).count, 1,
                       "a related link is no batch link")
        try story.run(.link(order: numbers[2], to: numbers[0], reason: .batch))
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now), [])
    }

    func testAHalfLinkedGroupNeedsOnlyTheMissingLinks() throws {
        var story = WorkOrderStory()
        let numbers = try reports(&story, in: "荷村", at: ["14:05", "14:40", "16:10", "16:30"])
        let fresh = try XCTUnwrap(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now).first)
        XCTAssertEqual(fresh.missingLinks(in: story.state.workOrders), numbers.dropFirst().map { .link(order: numbers[0], to: $0, reason: .batch) },
                       "a fresh group is linked from its first order")

        try story.run(.link(order: numbers[1], to: numbers[2], reason: .batch))
        try story.run(.link(order: numbers[0], to: numbers[3], reason: .related))
        let half = try XCTUnwrap(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now).first)
        let missing = half.missingLinks(in: story.state.workOrders)
        XCTAssertEqual(missing, [.link(order: numbers[0], to: numbers[1], reason: .batch), .link(order: numbers[1], to: numbers[3], reason: .batch)],
                       "the batch link already there stays, and the related pair is joined through another order")

        for command in missing { try story.run(command) }
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: rule, now: story.now), [])
        XCTAssertEqual(half.missingLinks(in: story.state.workOrders), [])
    }

    func testTheRuleComesFromTheSettingsAndOnlyReceiptsUpToNowCount() throws {
        var story = WorkOrderStory()
        _ = try reports(&story, in: "荷村", at: ["14:05", "15:40"])
        let tight = BatchRule(count: 2, hours: 1)
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: tight, now: story.now), [])
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: BatchRule(count: 2, hours: 2), now: story.now).count, 1)
        XCTAssertEqual(BatchWarning.find(book: story.state.workOrders, rule: BatchRule(count: 2, hours: 2),
                                         now: HallFixture.shanghai("2026-10-08 15:00")), [])
        XCTAssertEqual(WorkOrderSettings(calendar: WorkOrderFixture.calendar, categories: [], deadlines: [:]).batchRule,
                       BatchRule(count: 3, hours: 24))
    }

    func testAGroupWhoseOrdersAreAllClosedIsHistory() throws {
        var book = WorkOrderBook()
        for (index, time) in ["14:05", "14:40", "16:10"].enumerated() {
            var order = WorkOrder(number: "GD00000\(index + 1)", kind: .faultReport, source: .phone, category: "TD", major: false,
                                  customer: WorkOrderFixture.customer, description: "停电", hotlineNumber: nil,
                                  receivedAt: HallFixture.shanghai("2026-10-08 \(time)"), receivedBy: "K01", due: [:])
            order.status = .closed
            book.orders.append(order)
        }
        let now = HallFixture.shanghai("2026-10-09 09:00")
        XCTAssertEqual(BatchWarning.find(book: book, rule: rule, now: now), [])
        book.orders[1].status = .inHand
        XCTAssertEqual(BatchWarning.find(book: book, rule: rule, now: now).map(\.orders), [["GD000001", "GD000002", "GD000003"]])
    }
}
