import XCTest
@testable import HallDomain

/// Return (回退) and recall (撤回): the order goes back to the dispatcher, the deadlines do
/// not restart, and the time each department held it is kept.
final class WorkOrderReturnTests: XCTestCase {
    func testReturnConfirmedAndRedispatchedKeepsDeadlinesAndTimeHeld() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        let due = story.order(number).due
        story.at("2026-09-30 16:10")
        try story.run(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: []))
        story.at("2026-10-08 09:00")
        try story.run(.returnOrder(order: number, reason: .wrongOwner, note: "服务态度问题属营销部"), by: WorkOrderFixture.operations)
        XCTAssertEqual(story.order(number).status, .dispatched, "nothing moves until the dispatcher confirms")
        XCTAssertEqual(story.order(number).pendingReturn?.reason, .wrongOwner)
        XCTAssertEqual(story.refusal(.returnOrder(order: number, reason: .wrongOwner, note: "再次"), by: WorkOrderFixture.operations),
                       .returnPending)
        XCTAssertEqual(story.refusal(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: [])), .workOrderWrongStatus)

        story.at("2026-10-08 09:30")
        try story.run(.confirmReturn(order: number))
        XCTAssertEqual(story.order(number).status, .awaitingDispatch)
        XCTAssertNil(story.order(number).pendingReturn)
        story.at("2026-10-08 09:40")
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        story.at("2026-10-08 11:40")

        let order = story.order(number)
        XCTAssertEqual(order.due, due, "deadlines never restart")
        XCTAssertEqual(order.dispatchCount, 2)
        XCTAssertEqual(order.timeHeld(at: story.now), ["运检部": HallFixture.shanghai("2026-10-08 09:30").timeIntervalSince(
            HallFixture.shanghai("2026-09-30 16:10")), "营销部": 2 * 3600])
        XCTAssertEqual(story.refusal(.accept(order: number), by: WorkOrderFixture.operations), .notPermitted)
        XCTAssertNil(story.refusal(.accept(order: number), by: WorkOrderFixture.marketing1))
        XCTAssertEqual(story.refusal(.confirmReturn(order: number)), .noReturnPending)
    }

    func testRecallBeforeAcceptNeedsNoReasonAfterAcceptItDoes() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        try story.run(.recall(order: number, reason: nil))
        XCTAssertEqual(story.order(number).status, .awaitingDispatch)
        XCTAssertEqual(story.refusal(.recall(order: number, reason: nil)), .workOrderWrongStatus)
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        try story.run(.accept(order: number), by: WorkOrderFixture.marketing1)
        XCTAssertEqual(story.refusal(.recall(order: number, reason: " ")), .reasonMissing)
        try story.run(.recall(order: number, reason: "客户改由白云所处理"))
        XCTAssertEqual(story.order(number).status, .awaitingDispatch)
        XCTAssertNil(story.order(number).handler)
        XCTAssertTrue(story.order(number).holdings.allSatisfy { $0.until != nil })
    }
}
