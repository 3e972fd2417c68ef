import XCTest
@testable import HallDomain

/// Pushes and escalation, and major orders that go up at once.
final class WorkOrderEscalationTests: XCTestCase {
    private func escalations(_ events: [Event]) -> [WorkOrderEscalated] {
        events.compactMap { if case .workOrder(.escalated(let body)) = $0 { body } else { nil } }
    }

    func testTheThirdPushEscalatesToTheDepartmentHeadThenTheStationHead() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        XCTAssertEqual(escalations(try story.run(.push(order: number, level: .reminder, note: "请尽快联系客户"))), [])
        XCTAssertEqual(escalations(try story.run(.push(order: number, level: .reminder, note: ""))), [])
        XCTAssertEqual(escalations(try story.run(.push(order: number, level: .supervision, note: ""))),
                       [WorkOrderEscalated(order: number, level: .departmentHead, reason: .repeatedPush)])
        XCTAssertEqual(escalations(try story.run(.push(order: number, level: .supervision, note: ""))),
                       [WorkOrderEscalated(order: number, level: .stationHead, reason: .repeatedPush)])
        XCTAssertEqual(escalations(try story.run(.push(order: number, level: .supervision, note: ""))), [], "nowhere higher to go")
        XCTAssertEqual(story.order(number).pushCount, 5)
        XCTAssertEqual(story.order(number).escalation, .stationHead)
    }

    func testAPushOnAnOverdueOrderEscalatesAtOnce() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 16:30")
        let events = try story.run(.push(order: number, level: .reminder, note: "首次联系已超期"))
        XCTAssertEqual(escalations(events), [WorkOrderEscalated(order: number, level: .departmentHead, reason: .overduePush)])
        XCTAssertEqual(story.order(number).pushCount, 1)
        XCTAssertEqual(story.order(number).escalation, .departmentHead)
    }

    func testAMajorCategoryEscalatesAtReceiptUntilAcknowledged() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.kind = .faultReport
        intake.category = "CD"
        intake.description = "小孩在配电箱旁触电受伤"
        let events = try story.run(.receive(intake))
        let number = story.state.workOrders.orders[0].number
        XCTAssertEqual(escalations(events), [WorkOrderEscalated(order: number, level: .stationHead, reason: .major)])
        XCTAssertTrue(story.order(number).major)
        XCTAssertEqual(story.state.workOrders.majorNotAcknowledged.map(\.number), [number])
        XCTAssertEqual(story.refusal(.acknowledgeMajor(order: number), by: WorkOrderFixture.marketing1), .notPermitted)
        try story.run(.acknowledgeMajor(order: number), by: HallFixture.manager)
        XCTAssertEqual(story.order(number).majorAcknowledgedBy, "M01")
        XCTAssertTrue(story.state.workOrders.majorNotAcknowledged.isEmpty)
        XCTAssertEqual(story.refusal(.acknowledgeMajor(order: number)), .notAwaitingAcknowledgement)
    }

    func testAnOrderFlaggedMajorByHandEscalatesToo() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.markedMajor = true
        XCTAssertEqual(escalations(try story.run(.receive(intake))).map(\.reason), [.major])
        XCTAssertEqual(story.refusal(.acknowledgeMajor(order: "GD000001")), nil)
        var another = WorkOrderFixture.complaint
        another.hotlineNumber = "95598-20260930-0002"
        let plain = try story.receive(another)
        XCTAssertFalse(story.order(plain).major)
        XCTAssertEqual(story.refusal(.acknowledgeMajor(order: plain)), .notAwaitingAcknowledgement)
    }
}
