import XCTest
@testable import HallDomain

/// The follow-up (回访) as issue 14 item 5 asks it: its method recorded; 不满意 reopens the
/// order with a new reply deadline from `deadlines.toml`; a complaint gets a second
/// follow-up (二次回访) some days later and is not closed before it.
final class FollowUpProcessTests: XCTestCase {
    private let marketing = WorkOrderFixture.marketing1

    /// A complaint replied to, the reply accepted on 2026-10-09 at 11:00: waiting for its follow-up.
    private func repliedComplaint(_ story: inout WorkOrderStory) throws -> String {
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话联系客户"), by: marketing)
        story.at("2026-10-09 10:00")
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: marketing)
        story.at("2026-10-09 11:00")
        try story.run(.review(order: number, accept: true, reason: nil))
        return number
    }

    func testTheFollowUpRecordsItsMethod() throws {
        // Given a complaint waiting for its follow-up
        var story = WorkOrderStory()
        let number = try repliedComplaint(&story)
        // When the coordinator follows up by SMS
        story.at("2026-10-09 15:00")
        let events = try story.run(.followUp(order: number, satisfaction: .satisfied, note: "客户回复满意", method: .sms))
        // Then the event and the timeline say so
        guard case .workOrder(.followedUp(let body)) = events.first else { return XCTFail("no follow-up recorded") }
        XCTAssertEqual(body.method, .sms)
        XCTAssertEqual(story.order(number).history.last?.event.body.summary, "回访：满意（短信），客户回复满意")
    }

    func testAFollowUpFromAnOldLogHasNoMethodAndStillReplays() throws {
        // Given a follow-up event written before the method was asked
        let json = Data(#"{"note":"","order":"GD000001","satisfaction":"satisfied"}"#.utf8)
        let event = try XCTUnwrap(WorkOrderEvent.decode(type: WorkOrderFollowedUp.type, version: 1, body: json))
        // Then it reads with no method, and closes the order's follow-up as before
        guard case .followedUp(let body) = event else { return XCTFail("not a follow-up") }
        XCTAssertNil(body.method)
        XCTAssertEqual(body.summary, "回访：满意")
        var story = WorkOrderStory()
        let number = try repliedComplaint(&story)
        story.state.fold([.workOrder(event)], by: "K01", terminal: "tty2", at: story.now)
        XCTAssertEqual(story.order(number).status, .awaitingClose)
    }

    func testDissatisfiedReopensWithANewReplyDeadlineCountedFromTheFollowUp() throws {
        // Given a complaint (reply limit 5 working days) replied to on time
        var story = WorkOrderStory()
        let number = try repliedComplaint(&story)
        XCTAssertEqual(story.order(number).met[.reply], HallFixture.shanghai("2026-10-09 10:00"))
        // When the customer is not satisfied on Wednesday 10-14 at 10:00
        story.at("2026-10-14 10:00")
        try story.run(.followUp(order: number, satisfaction: .dissatisfied, note: "问题仍未解决", method: .phone))
        // Then the order is back with 营销部, due again 5 working days from now
        var order = story.order(number)
        XCTAssertEqual(order.status, .inHand)
        XCTAssertEqual(order.due[.reopenedReply], HallFixture.shanghai("2026-10-21 10:00"), "10-15, 16, 19, 20, 21")
        XCTAssertNil(order.met[.reopenedReply])
        XCTAssertEqual(order.met[.reply], HallFixture.shanghai("2026-10-09 10:00"), "the first round's record stays")
        // And it is what the order now stands against, and explained from the follow-up
        let standing = try XCTUnwrap(order.standing(at: story.now, settings: story.settings))
        XCTAssertEqual(standing.deadline, .reopenedReply)
        let explanation = try XCTUnwrap(DueExplanation.explain(order, .reopenedReply, settings: story.settings))
        XCTAssertNil(explanation.differsFromStored)
        // When the new reply is accepted
        story.at("2026-10-16 09:00")
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: marketing)
        try story.run(.review(order: number, accept: true, reason: nil))
        // Then the reopened deadline is met at the reply
        order = story.order(number)
        XCTAssertEqual(order.met[.reopenedReply], HallFixture.shanghai("2026-10-16 09:00"))
        XCTAssertEqual(order.overdue(at: story.now), [])
    }

    func testAReopenedOrderPastItsNewDeadlineEscalatesByTime() throws {
        // Given a complaint reopened on 10-14 10:00, due again 10-21 10:00
        var story = WorkOrderStory()
        let number = try repliedComplaint(&story)
        story.at("2026-10-14 10:00")
        try story.run(.followUp(order: number, satisfaction: .dissatisfied, note: "问题仍未解决"))
        XCTAssertEqual(story.state.workOrders.escalationsDue(at: story.now, settings: story.settings), [])
        // When the new deadline passes with no reply
        let late = HallFixture.shanghai("2026-10-21 10:30")
        // Then it is overdue and owed both escalations, on the reopened reply's clock
        XCTAssertEqual(story.order(number).overdue(at: late), [.reopenedReply])
        let owed = story.state.workOrders.escalationsDue(at: late, settings: story.settings)
        XCTAssertEqual(owed.map(\.level), [.departmentHead, .stationHead])
        XCTAssertEqual(owed.map(\.deadline), [.reopenedReply, .reopenedReply])
    }

    func testAComplaintWaitsForItsSecondFollowUpBeforeClosing() throws {
        // Given the station calls complaints back a second time 7 days after the first follow-up
        var story = WorkOrderStory()
        story.settings.secondFollowUpDays = 7
        let number = try repliedComplaint(&story)
        // When the customer is satisfied on the first call
        story.at("2026-10-09 15:00")
        try story.run(.followUp(order: number, satisfaction: .satisfied, note: "", method: .phone))
        // Then the order waits for the second, due a week later, on the coordinator's 待回访 desk
        var order = story.order(number)
        XCTAssertEqual(order.status, .awaitingSecondFollowUp)
        XCTAssertEqual(order.secondFollowUpDue, HallFixture.shanghai("2026-10-16 15:00"))
        XCTAssertEqual(order.history.last?.event.body.summary, "回访：满意（电话），待二次回访")
        XCTAssertTrue(WorkOrderSection.awaitingFollowUp.contains(order, at: story.now, settings: story.settings))
        // And it cannot be closed, with the date to call again
        do {
            try story.run(.close(order: number))
            XCTFail("closed before the second follow-up")
        } catch {
            XCTAssertEqual(error.message, "投诉工单 \(number) 须做完二次回访才能办结：2026-10-16 15:00 起回访客户并登记")
        }
        // And the second call cannot come early
        story.at("2026-10-12 10:00")
        do {
            try story.run(.followUp(order: number, satisfaction: .satisfied, note: ""))
            XCTFail("second follow-up taken early")
        } catch {
            XCTAssertEqual(error.code, .secondFollowUpNotDue)
            XCTAssertEqual(error.message, "二次回访须在首次回访 7 天后进行：请于 2026-10-16 15:00 起再回访客户")
        }
        // When it is made on time, by a visit
        story.at("2026-10-16 15:30")
        try story.run(.followUp(order: number, satisfaction: .satisfied, note: "没有再出现问题", method: .visit))
        order = story.order(number)
        // Then it is recorded as the second, and the order may close
        XCTAssertEqual(order.status, .awaitingClose)
        XCTAssertEqual(order.secondFollowUpAt, HallFixture.shanghai("2026-10-16 15:30"))
        XCTAssertEqual(order.history.last?.event.body.summary, "二次回访：满意（上门），没有再出现问题")
        try story.run(.close(order: number))
        XCTAssertEqual(story.order(number).status, .closed)
    }

    func testADissatisfiedSecondFollowUpReopensTheOrder() throws {
        var story = WorkOrderStory()
        story.settings.secondFollowUpDays = 7
        let number = try repliedComplaint(&story)
        story.at("2026-10-09 15:00")
        try story.run(.followUp(order: number, satisfaction: .basicallySatisfied, note: ""))
        story.at("2026-10-16 15:00")
        try story.run(.followUp(order: number, satisfaction: .dissatisfied, note: "又多扣了电费", method: .phone))
        let order = story.order(number)
        XCTAssertEqual(order.status, .inHand)
        XCTAssertNil(order.secondFollowUpDue, "the next round owes its own second follow-up")
        XCTAssertEqual(order.due[.reopenedReply], HallFixture.shanghai("2026-10-23 15:00"))
    }

    func testOnlyComplaintsGetASecondFollowUp() throws {
        // Given an opinion (意见), replied to and accepted
        var story = WorkOrderStory()
        story.settings.secondFollowUpDays = 7
        var intake = WorkOrderFixture.complaint
        intake.kind = .opinion
        intake.hotlineNumber = nil
        let number = try story.receive(intake)
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        try story.run(.accept(order: number), by: marketing)
        story.at("2026-10-08 09:00")
        try story.run(.contactFailed(order: number, reason: "客户拒接"), by: marketing)
        try story.run(.reply(order: number, WorkOrderFixture.completeReply.with(handledAt: "2026-10-08 08:50")), by: marketing)
        try story.run(.review(order: number, accept: true, reason: nil))
        // When the customer is satisfied
        try story.run(.followUp(order: number, satisfaction: .satisfied, note: "", method: .letter))
        // Then it closes without a second call
        XCTAssertEqual(story.order(number).status, .awaitingClose)
        XCTAssertNil(story.order(number).secondFollowUpDue)
    }
}
