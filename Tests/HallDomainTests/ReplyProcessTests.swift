import XCTest
@testable import HallDomain

/// What a reply must rest on (issue 14, item 5; seed 000 §3.4 and §3.5): the customer was
/// contacted first, or the department recorded why it could not be; and the handling time
/// it states is a real moment between the order's receipt and now.
final class ReplyProcessTests: XCTestCase {
    private let marketing = WorkOrderFixture.marketing1

    private func reply(at handledAt: String) -> WorkOrderReply {
        WorkOrderFixture.completeReply.with(handledAt: handledAt)
    }

    func testAReplyBeforeAnyContactIsRefusedSayingWhatToRecord() throws {
        // Given a complaint 营销部 accepted and never contacted the customer about
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 11:00")
        // When it replies
        // Then the reply is refused, and the message says to record the contact or why it failed
        do {
            try story.run(.reply(order: number, reply(at: "2026-10-08 10:30")), by: marketing)
            XCTFail("a reply without contact was accepted")
        } catch {
            XCTAssertEqual(error.code, .contactNotRecorded)
            XCTAssertEqual(error.message, "工单 \(number) 还没有联系客户的记录：请先登记首次联系；"
                + "联系不上时登记未成功的原因（如电话无人接听、号码空号、客户拒接），再提交答复")
        }
        XCTAssertEqual(story.order(number).status, .inHand)
    }

    func testAReplyAfterTheFirstContactIsTaken() throws {
        // Given a complaint whose customer 营销部 reached by phone
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话联系客户"), by: marketing)
        // When it replies an hour and a half later
        story.at("2026-10-08 11:00")
        try story.run(.reply(order: number, reply(at: "2026-10-08 10:30")), by: marketing)
        // Then the coordinator has it to check
        XCTAssertEqual(story.order(number).status, .awaitingReview)
    }

    func testFailedContactsAreRecordedAndLetTheReplyThrough() throws {
        // Given a complaint whose customer 营销部 could not reach, twice
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        let events = try story.run(.contactFailed(order: number, reason: "电话无人接听"), by: marketing)
        XCTAssertEqual(events, [.workOrder(.contactFailed(WorkOrderContactFailed(order: number, reason: "电话无人接听")))])
        story.at("2026-10-08 15:00")
        try story.run(.contactFailed(order: number, reason: "号码空号"), by: marketing)
        // Then each try is in the timeline, and neither meets the first-contact deadline
        let order = story.order(number)
        XCTAssertEqual(order.history.suffix(2).map(\.event.body.summary), ["联系客户未成功：电话无人接听", "联系客户未成功：号码空号"])
        XCTAssertNil(order.met[.firstContact])
        XCTAssertTrue(order.contactAttempted)
        // When it replies stating what it did instead
        story.at("2026-10-09 10:00")
        try story.run(.reply(order: number, reply(at: "2026-10-09 09:30")), by: marketing)
        // Then the reply is taken
        XCTAssertEqual(story.order(number).status, .awaitingReview)
    }

    func testAFailedContactNeedsItsReasonAndAnAcceptedOrder() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        XCTAssertEqual(story.refusal(.contactFailed(order: number, reason: "客户拒接"), by: marketing), .workOrderWrongStatus,
                       "accept first")
        try story.run(.accept(order: number), by: marketing)
        XCTAssertEqual(story.refusal(.contactFailed(order: number, reason: " "), by: marketing), .reasonMissing)
        XCTAssertEqual(story.refusal(.contactFailed(order: number, reason: "客户拒接"), by: WorkOrderFixture.metering), .notPermitted)
    }

    func testAHandlingTimeInTheFutureIsRefused() throws {
        // Given a complaint contacted at 09:00
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话"), by: marketing)
        // When the reply at 10:00 says it was handled at 10:30
        story.at("2026-10-08 10:00")
        do {
            try story.run(.reply(order: number, reply(at: "2026-10-08 10:30")), by: marketing)
            XCTFail("a handling time in the future was accepted")
        } catch {
            // Then it is refused, naming both times
            XCTAssertEqual(error.code, .handledAtInvalid)
            XCTAssertEqual(error.message, "处理时间 2026-10-08 10:30 晚于现在（2026-10-08 10:00），请填写实际处理的时间")
        }
        // And the very minute of now is fine
        XCTAssertNil(story.refusal(.reply(order: number, reply(at: "2026-10-08 10:00")), by: marketing))
    }

    func testAHandlingTimeBeforeTheOrderWasReceivedIsRefused() throws {
        // Given a complaint received 2026-09-30 16:00 and contacted
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话"), by: marketing)
        // When the reply says it was handled before that
        // Then it is refused; the minute of receipt itself is allowed
        do {
            try story.run(.reply(order: number, reply(at: "2026-09-30 15:59")), by: marketing)
            XCTFail("a handling time before receipt was accepted")
        } catch {
            XCTAssertEqual(error.message, "处理时间 2026-09-30 15:59 早于工单受理时间（2026-09-30 16:00），请核对处理时间")
        }
        XCTAssertNil(story.refusal(.reply(order: number, reply(at: "2026-09-30 16:00")), by: marketing))
    }

    func testAHandlingTimeThatIsNoTimeIsRefusedWithTheShapeToWrite() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话"), by: marketing)
        for text in ["昨天下午", "2026-10-08", "2026-10-32 10:00", "2026-10-08 25:00"] {
            do {
                try story.run(.reply(order: number, reply(at: text)), by: marketing)
                XCTFail("\(text) was taken as a time")
            } catch {
                XCTAssertEqual(error.message, "处理时间“\(text)”看不懂：请写成“2026-10-08 10:30”（营业厅当地时间）")
            }
        }
        XCTAssertNil(story.refusal(.reply(order: number, reply(at: "2026-10-08T08:30")), by: marketing), "a T for the space is read too")
    }

    func testAnOldReplyWithAFreeTextHandlingTimeStillReplays() throws {
        // Given a log written before handling times were checked: a reply stating 「上午」
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        var old = WorkOrderFixture.completeReply
        old.handledAt = "上午"
        // When it is folded
        story.state.fold([.workOrder(.replied(WorkOrderReplied(order: number, reply: old)))], by: "D01", terminal: "tty2", at: story.now)
        // Then it stands as it was written
        XCTAssertEqual(story.order(number).status, .awaitingReview)
        XCTAssertEqual(story.order(number).reply?.handledAt, "上午")
    }
}
