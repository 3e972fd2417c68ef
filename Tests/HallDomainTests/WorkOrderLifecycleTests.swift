import XCTest
@testable import HallDomain

/// A complaint taken the day before the National Day holiday, from receipt to the
/// responsibility ruling, with its deadlines counted on the 2026 calendar.
final class WorkOrderLifecycleTests: XCTestCase {
    private let marketing = WorkOrderFixture.marketing1

    func testComplaintBeforeNationalDayRunsItsWholeCourse() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        XCTAssertEqual(number, "GD000001")
        var order = story.order(number)
        XCTAssertEqual(order.status, .awaitingDispatch)
        XCTAssertEqual(order.due[.firstContact], HallFixture.shanghai("2026-10-08 16:00"), "10-01…10-07 are off")
        XCTAssertEqual(order.due[.reply], HallFixture.shanghai("2026-10-13 16:00"), "10-08, 10-09, Sat 10-10 (make-up), 10-12, 10-13")
        XCTAssertNil(order.due[.arrival])
        XCTAssertFalse(order.major)

        story.at("2026-09-30 16:10")
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: ["运检部"]))
        XCTAssertEqual(story.order(number).status, .dispatched)
        XCTAssertEqual(story.order(number).supportingDepartments, ["运检部"])
        story.at("2026-09-30 16:30")
        try story.run(.accept(order: number), by: marketing)
        XCTAssertEqual(story.order(number).handler, "D01")
        XCTAssertEqual(story.order(number).status, .inHand)

        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话联系客户，约定上门"), by: marketing)
        try story.run(.progressNote(order: number, note: "已调取当日营业厅录像"), by: marketing)
        story.at("2026-10-09 11:00")
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: marketing)
        XCTAssertEqual(story.order(number).status, .awaitingReview)
        story.at("2026-10-09 15:00")
        try story.run(.review(order: number, accept: true, reason: nil))
        XCTAssertEqual(story.order(number).status, .awaitingFollowUp)
        story.at("2026-10-10 10:00")
        try story.run(.followUp(order: number, satisfaction: .satisfied, note: ""))
        XCTAssertEqual(story.order(number).status, .awaitingClose)
        try story.run(.close(order: number))
        XCTAssertEqual(story.state.workOrders.awaitingRuling.map(\.number), [number])
        try story.run(.ruleResponsibility(order: number, ResponsibilityRuling(finding: .atFault, department: "营销部", person: "陈志强")))

        order = story.order(number)
        XCTAssertEqual(order.status, .closed)
        XCTAssertEqual(order.responsibility?.finding, .atFault)
        XCTAssertEqual(order.met[.firstContact], HallFixture.shanghai("2026-10-08 09:00"))
        XCTAssertEqual(order.met[.reply], HallFixture.shanghai("2026-10-09 11:00"), "met when the accepted reply was given")
        XCTAssertEqual(order.overdue(at: story.now), [])
        XCTAssertEqual(order.timeHeld(at: story.now), ["营销部": HallFixture.shanghai("2026-10-09 15:00")
                .timeIntervalSince(HallFixture.shanghai("2026-09-30 16:10"))], "from dispatch to the accepted reply")
        XCTAssertTrue(story.state.workOrders.awaitingRuling.isEmpty)
        XCTAssertEqual(story.state.workOrders.orders(in: .closed).count, 1)
    }

    func testMissedFirstContactShowsOverdueAndStaysMissedOnceMade() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 16:01")
        XCTAssertEqual(story.order(number).overdue(at: story.now), [.firstContact])
        XCTAssertEqual(story.state.workOrders.overdue(at: story.now).map(\.number), [number])
        try story.run(.firstContact(order: number, onSite: false, note: "电话联系"), by: marketing)
        XCTAssertEqual(story.order(number).overdue(at: story.now), [.firstContact], "made late is still missed")
        XCTAssertEqual(story.order(number).overdue(at: HallFixture.shanghai("2026-10-13 16:00")), [.firstContact])
        XCTAssertEqual(story.order(number).overdue(at: HallFixture.shanghai("2026-10-13 16:01")), [.firstContact, .reply])
    }

    func testDissatisfiedFollowUpReopensToTheLeadDepartment() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: true, note: "上门"), by: marketing)
        story.at("2026-10-08 10:30")
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: marketing)
        story.at("2026-10-08 10:40")
        try story.run(.review(order: number, accept: true, reason: nil))
        story.at("2026-10-08 11:00")
        try story.run(.followUp(order: number, satisfaction: .dissatisfied, note: "客户认为道歉不够诚恳"))

        let order = story.order(number)
        XCTAssertEqual(order.status, .inHand)
        XCTAssertEqual(order.leadDepartment, "营销部")
        XCTAssertEqual(order.reopenCount, 1)
        XCTAssertEqual(order.holdings.count, 2, "the department holds it again")
        XCTAssertNil(order.holdings[1].until)
        XCTAssertEqual(story.refusal(.close(order: number)), .workOrderWrongStatus)
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: WorkOrderFixture.marketing2)
        XCTAssertEqual(story.order(number).status, .awaitingReview, "any handler of the lead department may reply")
    }

    func testSentBackReplyDoesNotMeetTheReplyDeadline() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.contact(number)
        story.at("2026-10-09 10:00")
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: marketing)
        try story.run(.review(order: number, accept: false, reason: "未写明录像核查结果"))
        XCTAssertEqual(story.order(number).status, .inHand)
        XCTAssertNil(story.order(number).met[.reply])
        story.at("2026-10-14 09:00")
        try story.run(.reply(order: number, WorkOrderFixture.completeReply), by: marketing)
        try story.run(.review(order: number, accept: true, reason: nil))
        XCTAssertEqual(story.order(number).met[.reply], HallFixture.shanghai("2026-10-14 09:00"))
        XCTAssertTrue(story.order(number).overdue(at: story.now).contains(.reply))
    }

    func testFaultReportArrivalRunsInRealTimeByAreaType() throws {
        var story = WorkOrderStory()
        story.at("2026-10-03 22:10")
        var rural = WorkOrderFixture.customer
        rural.areaType = .rural
        let intake = WorkOrderIntake(kind: .faultReport, source: .phone, category: "TD", customer: rural, description: "整条村停电")
        let number = try story.receive(intake)
        XCTAssertEqual(story.order(number).due[.arrival], HallFixture.shanghai("2026-10-03 23:40"), "90 minutes, holiday night or not")
        XCTAssertNil(story.order(number).due[.firstContact])
        try story.run(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: []))
        try story.run(.accept(order: number), by: WorkOrderFixture.operations)
        story.at("2026-10-03 23:20")
        try story.run(.firstContact(order: number, onSite: true, note: "抢修班到达现场"), by: WorkOrderFixture.operations)
        XCTAssertEqual(story.order(number).met[.arrival], HallFixture.shanghai("2026-10-03 23:20"))
        XCTAssertEqual(story.order(number).overdue(at: HallFixture.shanghai("2026-10-04 09:00")), [])
    }
}
