import XCTest
@testable import HallDomain

/// 阶段回复: 营销部 cannot settle a complaint at once, tells the customer how it stands and
/// promises to come back by a time. Given an accepted complaint, when D01 records the
/// interim reply, then the order holds the promise; when the time passes with no reply
/// after it, the order is flagged 失约 until a reply or a new promise.
final class InterimReplyTests: XCTestCase {
    private let note = "已联系厂家调换电表，到货后上门安装"

    func testThePromiseIsRecordedAndLapsesWhenItsTimePassesUnanswered() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        let events = try story.run(.interimReply(order: number, promisedAt: "2026-10-09 17:00", note: note), by: WorkOrderFixture.marketing1)
        XCTAssertEqual(events, [.workOrder(.interimReplied(WorkOrderInterimReplied(order: number, note: note,
                                                                                   promisedAt: "2026-10-09T09:00:00Z",
                                                                                   promisedText: "2026-10-09 17:00")))])
        XCTAssertEqual(story.order(number).history.last?.event.body.summary, "阶段回复（承诺 2026-10-09 17:00 前再答复）：\(note)")
        XCTAssertEqual(story.order(number).promise?.due, HallFixture.shanghai("2026-10-09 17:00"))

        XCTAssertNil(story.order(number).missedPromise(at: HallFixture.shanghai("2026-10-09 17:00")), "kept until the minute passes")
        XCTAssertNotNil(story.order(number).missedPromise(at: HallFixture.shanghai("2026-10-09 17:01")))
        XCTAssertEqual(story.state.workOrders.missedPromises(at: HallFixture.shanghai("2026-10-09 17:01")).map(\.number), [number])
    }

    func testANewPromiseOrAReplyAfterItClearsTheFlag() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话确认诉求"), by: WorkOrderFixture.marketing1)
        try story.run(.interimReply(order: number, promisedAt: "2026-10-09 17:00", note: note), by: WorkOrderFixture.marketing1)

        story.at("2026-10-09 18:00")
        XCTAssertNotNil(story.order(number).missedPromise(at: story.now))
        try story.run(.interimReply(order: number, promisedAt: "2026-10-12 12:00", note: "表计到货推迟，周一上午上门"),
                      by: WorkOrderFixture.marketing1)
        XCTAssertNil(story.order(number).missedPromise(at: story.now), "a new promise stands")
        XCTAssertEqual(story.order(number).promise?.dueText, "2026-10-12 12:00")

        story.at("2026-10-12 15:00")
        XCTAssertNotNil(story.order(number).missedPromise(at: story.now))
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: WorkOrderFixture.marketing1)
        XCTAssertNil(story.order(number).missedPromise(at: story.now), "answered, though late")
        XCTAssertTrue(story.state.workOrders.missedPromises(at: HallFixture.shanghai("2026-12-01 09:00")).isEmpty)
    }

    func testTheTimeMustBeReadableAndStillAhead() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        for text in ["明天下午", "2026-10-09", "2026/10/09 17:00", "2026-10-09 24:00"] {
            XCTAssertEqual(story.refusal(.interimReply(order: number, promisedAt: text, note: note), by: WorkOrderFixture.marketing1),
                           .promiseTimeInvalid, text)
        }
        XCTAssertEqual(story.refusal(.interimReply(order: number, promisedAt: "2026-10-08 09:00", note: note), by: WorkOrderFixture.marketing1),
                       .promiseTimeInvalid, "now is no promise")
        do {
            try story.run(.interimReply(order: number, promisedAt: "2026-10-07 17:00", note: note), by: WorkOrderFixture.marketing1)
            XCTFail("a time already past")
        } catch {
            XCTAssertEqual(error.message, "承诺时间 2026-10-07 17:00 已经过去，请写向客户承诺的将来时间")
        }
        XCTAssertEqual(story.refusal(.interimReply(order: number, promisedAt: "2026-10-09 17:00", note: "  "), by: WorkOrderFixture.marketing1),
                       .noteMissing)
    }

    func testOnlyTheLeadDepartmentGivesItAndOnlyWhileHandling() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: ["计量班"]))
        let command = WorkOrderCommand.interimReply(order: number, promisedAt: "2026-10-09 17:00", note: note)
        XCTAssertEqual(story.refusal(command, by: WorkOrderFixture.marketing1), .workOrderWrongStatus, "accept first")
        try story.run(.accept(order: number), by: WorkOrderFixture.marketing1)
        XCTAssertEqual(story.refusal(command, by: WorkOrderFixture.metering), .notPermitted, "a supporting department notes progress instead")
        XCTAssertEqual(story.refusal(command), .notPermitted, "the coordinator does not answer for the department")
        XCTAssertNil(story.refusal(command, by: WorkOrderFixture.marketing2))
    }
}
