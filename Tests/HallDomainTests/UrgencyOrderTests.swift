import XCTest
@testable import HallDomain

/// Every list is most urgent first, and 重大 and VIP orders come before ordinary ones at the
/// same urgency (overdue, 临期, time in hand) — never before an ordinary order that is later.
final class UrgencyOrderTests: XCTestCase {
    private func intake(_ hotline: String, category: String = "FWTD", vip: Bool = false) -> WorkOrderIntake {
        var intake = WorkOrderFixture.complaint
        intake.hotlineNumber = hotline
        intake.category = category
        intake.customer.vip = vip
        return intake
    }

    func testMajorAndVIPComeFirstWithinTheSameUrgencyOnly() throws {
        var story = WorkOrderStory()
        story.at("2026-09-29 10:00")
        let overdue = try story.receive(intake("95598-1"))
        story.at("2026-09-30 14:00")
        let dueSoon = try story.receive(intake("95598-2"))
        story.at("2026-09-30 16:00")
        let ordinary = try story.receive(intake("95598-3"))
        story.at("2026-10-08 08:40")
        let major = try story.receive(intake("95598-4", category: "CD"))
        story.at("2026-10-08 08:50")
        let vip = try story.receive(intake("95598-5", vip: true))
        story.at("2026-10-08 09:00")

        let listed = story.state.workOrders.orders(in: .all, at: story.now, settings: story.settings).map(\.number)
        XCTAssertEqual(listed, [overdue, dueSoon, major, vip, ordinary],
                       "overdue, then 临期 (3h left), then in hand: major (6h40) and VIP (6h50) before ordinary (5h)")
        XCTAssertEqual(story.state.workOrders.orders(in: .awaitingDispatch, at: story.now, settings: story.settings).map(\.number),
                       listed, "every section uses the same order")
    }

    func testWithinPriorityTheLeastTimeLeftLeads() throws {
        var story = WorkOrderStory()
        story.at("2026-10-08 08:50")
        let vip = try story.receive(intake("95598-1", vip: true))
        story.at("2026-10-08 09:00")
        let major = try story.receive(intake("95598-2", category: "CD"))
        story.at("2026-10-08 10:00")
        XCTAssertEqual(story.state.workOrders.orders(in: .all, at: story.now, settings: story.settings).map(\.number), [vip, major])
    }
}
