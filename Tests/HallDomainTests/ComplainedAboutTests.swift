import XCTest
@testable import HallDomain

/// 被投诉人: a customer complains about 区淑贞 of 营销部. Given the coordinator records her on
/// the complaint, when she tries to accept, contact, note, promise, reply or return it, then
/// each is refused naming the rule; her colleague 麦国栋 handles it.
final class ComplainedAboutTests: XCTestCase {
    private let rule = "被投诉人不得处理或答复针对本人的投诉"

    func testTheCoordinatorRecordsTheRosterMemberByName() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        let events = try story.run(.recordComplainedAbout(order: number, person: " 区淑贞 "))
        XCTAssertEqual(events, [.workOrder(.complainedAboutRecorded(ComplainedAboutRecorded(
            order: number, person: ComplainedAbout(staffID: "D02", name: "区淑贞"))))])
        XCTAssertEqual(story.order(number).history.last?.event.body.summary, "被投诉人：区淑贞（D02）")
        try story.run(.recordComplainedAbout(order: number, person: "王某"))
        XCTAssertEqual(story.order(number).complainedAbout, ComplainedAbout(staffID: nil, name: "王某"), "corrected; not on the roster")
        try story.run(.recordComplainedAbout(order: number, person: "D02"))
        XCTAssertEqual(story.order(number).complainedAbout, ComplainedAbout(staffID: "D02", name: "区淑贞"), "by id")
    }

    func testThePersonComplainedAboutMayNotHandleOrAnswerIt() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.recordComplainedAbout(order: number, person: "区淑贞"))
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        let her = WorkOrderFixture.marketing2
        XCTAssertEqual(story.refusal(.accept(order: number), by: her), .complainedAboutActs)
        do {
            try story.run(.accept(order: number), by: her)
            XCTFail("she may not accept the complaint about herself")
        } catch {
            XCTAssertTrue(error.message.hasPrefix(rule), error.message)
            XCTAssertTrue(error.message.contains("工单 \(number)"), error.message)
        }
        try story.run(.accept(order: number), by: WorkOrderFixture.marketing1)
        story.at("2026-10-08 11:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话致歉并约时间上门"), by: WorkOrderFixture.marketing1)
        let hers: [WorkOrderCommand] = [
            .firstContact(order: number, onSite: false, note: "电话致歉"),
            .progressNote(order: number, note: "调取录像"),
            .interimReply(order: number, promisedAt: "2026-10-09 17:00", note: "正在核查"),
            .reply(order: number, WorkOrderFixture.completeReply),
            .returnOrder(order: number, reason: .wrongOwner, note: "不属本部门"),
        ]
        for command in hers {
            XCTAssertEqual(story.refusal(command, by: her), .complainedAboutActs, "\(command)")
            XCTAssertNil(story.refusal(command, by: WorkOrderFixture.marketing1), "\(command)")
        }
    }

    func testAJointFindingIsNotHersEither() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "计量班", supportingDepartments: []))
        try story.run(.inviteJointDiagnosis(order: number, departments: ["营销部"], question: "营业员如何解释的电费"))
        try story.run(.recordComplainedAbout(order: number, person: "D02"))
        XCTAssertEqual(story.refusal(.recordFinding(order: number, finding: "我已解释过"), by: WorkOrderFixture.marketing2), .complainedAboutActs)
        XCTAssertNil(story.refusal(.recordFinding(order: number, finding: "已解释阶梯电价"), by: WorkOrderFixture.marketing1))
    }

    func testANameNotOnTheRosterIsMatchedByName() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        try story.run(.recordComplainedAbout(order: number, person: "王某"))
        XCTAssertNil(story.refusal(.accept(order: number), by: WorkOrderFixture.marketing2))
        XCTAssertTrue(ComplainedAbout(staffID: nil, name: "区淑贞").isSelf(WorkOrderFixture.marketing2))
        XCTAssertFalse(ComplainedAbout(staffID: "D09", name: "区淑贞").isSelf(WorkOrderFixture.marketing2), "an id decides when known")
    }

    func testOnlyOnAnOpenComplaintByTheCoordinatorAndNotBlank() throws {
        var story = WorkOrderStory()
        let complaint = try story.receive()
        var enquiry = WorkOrderFixture.complaint
        enquiry.kind = .enquiry
        enquiry.hotlineNumber = "95598-20260930-0002"
        let other = try story.receive(enquiry)
        XCTAssertEqual(story.refusal(.recordComplainedAbout(order: other, person: "区淑贞")), .notAComplaint)
        XCTAssertEqual(story.refusal(.recordComplainedAbout(order: complaint, person: "  ")), .complainedAboutMissing)
        XCTAssertEqual(story.refusal(.recordComplainedAbout(order: complaint, person: "区淑贞"), by: WorkOrderFixture.marketing1), .notPermitted)
        XCTAssertEqual(story.refusal(.recordComplainedAbout(order: "GD000404", person: "区淑贞")), .unknownWorkOrder)
    }
}
