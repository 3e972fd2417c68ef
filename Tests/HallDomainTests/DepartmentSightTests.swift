import XCTest
@testable import HallDomain

/// A department sees its own orders only (the matrix's `viewOrder`, scope 主办、协办或受邀会诊):
/// given orders led, supported and discussed by different departments, when each asks to
/// see them, then only its own are in sight and another's is refused saying whose it is.
final class DepartmentSightTests: XCTestCase {
    private let roster = WorkOrderFixture.catalog.roster

    private func sight(_ member: StaffMember?, _ story: WorkOrderStory) -> OrderSight {
        OrderSight(viewer: member, book: story.state.workOrders, roster: roster)
    }

    /// GD000001 led by 营销部 with 运检部 supporting; GD000002 led by 运检部 with 计量班 invited;
    /// GD000003 still waiting for dispatch.
    private func station() throws -> WorkOrderStory {
        var story = WorkOrderStory()
        let first = try story.receive()
        try story.run(.dispatch(order: first, leadDepartment: "营销部", supportingDepartments: ["运检部"]))
        var second = WorkOrderFixture.complaint
        second.hotlineNumber = "95598-20260930-0002"
        let fault = try story.receive(second)
        try story.run(.dispatch(order: fault, leadDepartment: "运检部", supportingDepartments: []))
        try story.run(.inviteJointDiagnosis(order: fault, departments: ["计量班"], question: "表计是否正常"))
        var third = WorkOrderFixture.complaint
        third.hotlineNumber = "95598-20260930-0003"
        _ = try story.receive(third)
        return story
    }

    func testEachDepartmentSeesTheOrdersItLeadsSupportsOrWasInvitedTo() throws {
        let story = try station()
        let orders = story.state.workOrders.orders
        XCTAssertEqual(sight(WorkOrderFixture.marketing1, story).visible(orders).map(\.number), ["GD000001"])
        XCTAssertEqual(sight(WorkOrderFixture.operations, story).visible(orders).map(\.number), ["GD000001", "GD000002"],
                       "lead of one, 协办 of the other")
        XCTAssertEqual(sight(WorkOrderFixture.metering, story).visible(orders).map(\.number), ["GD000002"], "invited to 会诊")
        for member in [WorkOrderFixture.coordinator, HallFixture.manager, HallFixture.guide] {
            XCTAssertEqual(sight(member, story).visible(orders).count, 3, member.id)
            XCTAssertTrue(sight(member, story).seesEveryOrder, member.id)
        }
        XCTAssertFalse(sight(WorkOrderFixture.marketing1, story).seesEveryOrder, "no coordinator pane for a department")
        XCTAssertEqual(sight(nil, story).visible(orders), [], "someone off the roster sees no order")
    }

    func testAnotherDepartmentsOrderIsRefusedSayingWhoseItIs() throws {
        let story = try station()
        XCTAssertThrowsError(try sight(WorkOrderFixture.metering, story).check("GD000001")) { error in
            let refusal = error as? HallRefusal
            XCTAssertEqual(refusal?.code, .notPermitted)
            XCTAssertEqual(refusal?.denied, .viewOrder)
            XCTAssertEqual(refusal?.message, "专业部门经办人只能查看本部门主办、协办或受邀会诊的工单：工单 GD000001 由营销部主办，运检部协办，"
                           + "请由这些部门的经办人或协调员办理")
        }
        XCTAssertThrowsError(try sight(WorkOrderFixture.marketing1, story).check("GD000003")) { error in
            XCTAssertTrue((error as? HallRefusal)?.message.contains("工单 GD000003 尚未派单，也未邀请会诊") == true)
        }
        XCTAssertNoThrow(try sight(WorkOrderFixture.marketing1, story).check("GD999999"), "an unknown number is the caller's to name")
    }

    func testADepartmentSeesWholeContactsOnlyOnOrdersInSight() throws {
        let story = try station()
        let own = story.order("GD000001")
        XCTAssertTrue(sight(WorkOrderFixture.marketing1, story).seesContact(of: own))
        XCTAssertTrue(sight(WorkOrderFixture.coordinator, story).seesContact(of: own))
        XCTAssertFalse(sight(HallFixture.guide, story).seesContact(of: own), "the guide sees the order, masked")
        XCTAssertTrue(sight(WorkOrderFixture.metering, story).visible([own]).isEmpty, "and 计量班 does not see it at all")
    }

    func testARedispatchTakesTheOrderOutOfTheOldLeadsSight() throws {
        var story = try station()
        try story.run(.recall(order: "GD000001", reason: nil))
        try story.run(.dispatch(order: "GD000001", leadDepartment: "计量班", supportingDepartments: []))
        XCTAssertFalse(sight(WorkOrderFixture.marketing1, story).sees(story.order("GD000001")))
        XCTAssertTrue(sight(WorkOrderFixture.metering, story).sees(story.order("GD000001")))
    }
}
