import XCTest
@testable import HallDomain

/// The desks read the book measured once (`WorkOrderStandings`): given orders led, supported
/// and discussed by different departments, the measured lists say exactly what the book's
/// own queries say, and a department's standings hold its own orders only.
final class WorkOrderStandingsTests: XCTestCase {
    private let settings = WorkOrderFixture.settings
    private let roster = WorkOrderFixture.catalog.roster

    /// GD000001 led by 营销部 with 运检部 supporting, major; GD000002 led by 运检部 with 计量班
    /// invited; GD000003 still waiting for dispatch.
    private func station() throws -> WorkOrderStory {
        var story = WorkOrderStory()
        var major = WorkOrderFixture.complaint
        major.category = "CD"
        let first = try story.receive(major)
        try story.run(.dispatch(order: first, leadDepartment: "营销部", supportingDepartments: ["运检部"]))
        var second = WorkOrderFixture.complaint
        second.hotlineNumber = "95598-20260930-0002"
        let fault = try story.receive(second)
        try story.run(.dispatch(order: fault, leadDepartment: "运检部", supportingDepartments: []))
        try story.run(.inviteJointDiagnosis(order: fault, departments: ["计量班"], question: "表计是否正常"))
        var third = WorkOrderFixture.complaint
        third.hotlineNumber = "95598-20260930-0003"
        _ = try story.receive(third)
        story.at("2026-10-08 15:30")
        return story
    }

    func testTheMeasuredListsAreTheBooksOwnAnswers() throws {
        let story = try station()
        let book = story.state.workOrders
        let standings = WorkOrderStandings(book: book, settings: settings, now: story.now)
        let measured = book.orders.map { (order: $0, standing: $0.standing(at: story.now, settings: settings)) }
        XCTAssertEqual(standings.ranked.map(\.number), measured.sorted(by: UrgencyOrder.precedes).map(\.order.number))
        for section in WorkOrderSection.allCases {
            XCTAssertEqual(standings.orders(in: section).map(\.number),
                           standings.ranked.filter { section.contains($0, at: story.now, settings: settings) }.map(\.number), "\(section)")
            XCTAssertEqual(standings.counts[section], standings.orders(in: section).count)
        }
        for order in book.orders {
            XCTAssertEqual(standings.standing(of: order), order.standing(at: story.now, settings: settings), order.number)
        }
        XCTAssertEqual(standings.attention.majorNotAcknowledged.map(\.number), book.majorNotAcknowledged.map(\.number))
        XCTAssertEqual(standings.attention.openByStatus.values.reduce(0, +), 3)
        XCTAssertEqual(standings.attention.lateByDepartment.values.reduce(0, +), book.orders.count { $0.isRunningLate(at: story.now) })
        for level in EscalationLevel.allCases {
            XCTAssertEqual(standings.awaitingAcknowledgement(at: level).map(\.number), book.awaitingAcknowledgement(at: level).map(\.number))
        }
    }

    func testADepartmentsStandingsHoldItsOwnOrdersAndItsDeskThoseInItsHands() throws {
        let story = try station()
        let book = story.state.workOrders
        func standings(_ member: StaffMember) -> WorkOrderStandings {
            WorkOrderStandings(book: book, settings: settings, now: story.now,
                               sight: OrderSight(viewer: member, book: book, roster: roster))
        }
        let operations = standings(WorkOrderFixture.operations)
        XCTAssertEqual(Set(operations.ranked.map(\.number)), ["GD000001", "GD000002"], "lead of one, 协办 of the other")
        XCTAssertEqual(operations.orders(inHandsOf: "运检部").map(\.number).sorted(), ["GD000001", "GD000002"])
        let metering = standings(WorkOrderFixture.metering)
        XCTAssertEqual(metering.ranked.map(\.number), ["GD000002"], "invited to 会诊")
        XCTAssertEqual(metering.orders(inHandsOf: "计量班").map(\.number), ["GD000002"], "its finding is awaited")
        XCTAssertEqual(metering.orders(inHandsOf: "营销部"), [], "another department's order is not even measured")
        XCTAssertEqual(metering.attention.majorNotAcknowledged, [], "the major order is 营销部's")
        XCTAssertEqual(standings(WorkOrderFixture.coordinator).orders(inHandsOf: "营销部").map(\.number), ["GD000001"],
                       "not GD000003, which waits for dispatch")
    }
}
