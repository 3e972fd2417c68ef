import XCTest
@testable import HallDomain

/// A push stays marked on the department's list until the department does something on the
/// order after it; the mark is read from the log, so every terminal shows the same.
final class PushAwaitingDepartmentTests: XCTestCase {
    func testAPushIsMarkedUntilTheDepartmentActsAfterIt() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        XCTAssertNil(story.order(number).pushAwaitingDepartment, "nothing to answer yet")

        story.at("2026-10-08 09:00")
        try story.run(.push(order: number, level: .reminder, note: "客户再次来电"))
        XCTAssertEqual(story.order(number).pushAwaitingDepartment?.count, 1)
        try story.run(.accept(order: number), by: WorkOrderFixture.marketing1)
        XCTAssertNil(story.order(number).pushAwaitingDepartment, "accepting answers the push")

        story.at("2026-10-08 10:00")
        try story.run(.push(order: number, level: .supervision, note: "请今天联系客户"))
        XCTAssertEqual(story.order(number).pushAwaitingDepartment?.level, .supervision, "a later push is marked again")
        try story.run(.firstContact(order: number, onSite: false, note: "已电话联系"), by: WorkOrderFixture.marketing1)
        XCTAssertNil(story.order(number).pushAwaitingDepartment)
    }

    func testAPushOnAnOrderTakenBackIsNoLongerTheDepartmentsToAnswer() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        try story.run(.push(order: number, level: .reminder, note: ""))
        try story.run(.recall(order: number, reason: nil))
        XCTAssertNil(story.order(number).pushAwaitingDepartment)
        try story.run(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: []))
        XCTAssertNil(story.order(number).pushAwaitingDepartment, "the new department was never pushed")
    }
}
