import XCTest
@testable import HallDomain

/// 「经确认后方可回退」 (seed 000, 3.4 诉求处理): the dispatcher checks a return before it takes
/// effect, so a return may also be turned down. Then the department keeps the order, sees why,
/// and the deadlines run on as if it had never asked.
final class WorkOrderReturnRejectionTests: XCTestCase {
    func testARejectedReturnStaysWithTheDepartmentWithTheReasonShown() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        let due = story.order(number).due
        story.at("2026-10-08 09:00")
        try story.run(.returnOrder(order: number, reason: .wrongAddress, note: "地址属白云片区"), by: WorkOrderFixture.marketing1)

        XCTAssertEqual(story.refusal(.rejectReturn(order: number, reason: "  ")), .reasonMissing, "a rejection must say why")
        XCTAssertEqual(story.refusal(.rejectReturn(order: number, reason: "地址核实属天河北"), by: WorkOrderFixture.marketing1),
                       .notPermitted, "the department cannot turn down its own request")

        story.at("2026-10-08 09:20")
        let events = try story.run(.rejectReturn(order: number, reason: " 地址核实属天河北，请继续办理 "))
        XCTAssertEqual(events, [.workOrder(.returnRejected(WorkOrderReturnRejected(
            order: number, department: "营销部", reason: "地址核实属天河北，请继续办理")))])
        let order = story.order(number)
        XCTAssertEqual(order.status, .inHand, "the department still holds it")
        XCTAssertEqual(order.handler, "D01")
        XCTAssertNil(order.pendingReturn)
        XCTAssertEqual(order.returnRejection, "地址核实属天河北，请继续办理")
        XCTAssertEqual(order.due, due, "deadlines never move")
        XCTAssertEqual(order.history.last?.event.body.summary, "驳回营销部的回退申请：地址核实属天河北，请继续办理")
        XCTAssertEqual(story.refusal(.rejectReturn(order: number, reason: "再驳")), .noReturnPending)
        XCTAssertEqual(story.refusal(.confirmReturn(order: number)), .noReturnPending)
        XCTAssertNil(story.refusal(.firstContact(order: number, onSite: false, note: "已电话联系"), by: WorkOrderFixture.marketing1),
                     "the department goes on with it")

        try story.run(.returnOrder(order: number, reason: .wrongOwner, note: "实为计量问题"), by: WorkOrderFixture.marketing1)
        XCTAssertNil(story.order(number).returnRejection, "a new request replaces the old answer")
        try story.run(.confirmReturn(order: number))
        XCTAssertEqual(story.order(number).status, .awaitingDispatch)
    }

    func testTheRejectionEventReplaysFromItsCodedForm() throws {
        let event = Event.workOrder(.returnRejected(WorkOrderReturnRejected(order: "GD000001", department: "营销部", reason: "属本片区")))
        let encoded = EventCodec.encode(event)
        XCTAssertEqual(encoded.type, "workOrderReturnRejected")
        XCTAssertEqual(encoded.version, 1)
        XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event)
    }
}
