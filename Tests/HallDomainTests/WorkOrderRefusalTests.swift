import XCTest
@testable import HallDomain

/// What the desk refuses, and that a refusal says what to do.
final class WorkOrderRefusalTests: XCTestCase {
    private let marketing = WorkOrderFixture.marketing1

    func testAReplyMissingAPartIsRefusedNamingIt() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        try story.contact(number)
        var reply = story.replyNow
        reply.customerFeedback = " "
        XCTAssertEqual(story.refusal(.reply(order: number, reply), by: marketing), .replyIncomplete)
        reply = story.replyNow
        reply.responsiblePerson = nil
        do {
            try story.run(.reply(order: number, reply), by: marketing)
            XCTFail("a reply at fault without the responsible person was accepted")
        } catch {
            XCTAssertEqual(error.message, "答复缺少：责任人。请补齐后再提交")
        }
        reply.utilityAtFault = false
        XCTAssertNil(story.refusal(.reply(order: number, reply), by: marketing), "not at fault needs no responsible person")
        XCTAssertEqual(WorkOrderReply(handledAt: "", handler: "", actions: "", result: "", customerFeedback: "", utilityAtFault: true)
            .missingParts, ["处理时间", "处理人", "处理或解释的内容", "处理结果", "客户反馈", "责任人"])
    }

    func testOnlyTheLeadDepartmentAcceptsAndHandles() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: ["运检部"]))
        XCTAssertEqual(story.refusal(.accept(order: number), by: WorkOrderFixture.operations), .notPermitted,
                       "a supporting department does not accept")
        XCTAssertEqual(story.refusal(.accept(order: number), by: WorkOrderFixture.coordinator), .notPermitted)
        XCTAssertEqual(story.refusal(.firstContact(order: number, onSite: false, note: "电话"), by: marketing), .workOrderWrongStatus,
                       "contact comes after accepting")
        try story.run(.accept(order: number), by: marketing)
        XCTAssertEqual(story.refusal(.accept(order: number), by: WorkOrderFixture.marketing2), .workOrderWrongStatus)
        XCTAssertEqual(story.refusal(.progressNote(order: number, note: "进展"), by: WorkOrderFixture.metering), .notPermitted,
                       "a department with no part in the order")
        XCTAssertNil(story.refusal(.progressNote(order: number, note: "进展"), by: WorkOrderFixture.operations),
                     "协办 notes its part (SupportingDepartmentTests)")
        XCTAssertEqual(story.refusal(.progressNote(order: number, note: ""), by: marketing), .noteMissing)
    }

    func testDispatcherOnlyActionsAreRefusedToDepartments() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        try story.run(.returnOrder(order: number, reason: .wrongAddress, note: "地址属白云所"), by: marketing)
        XCTAssertEqual(story.refusal(.confirmReturn(order: number), by: marketing), .notPermitted)
        XCTAssertEqual(story.refusal(.recall(order: number, reason: "改派"), by: marketing), .notPermitted)
        XCTAssertEqual(story.refusal(.push(order: number, level: .reminder, note: ""), by: marketing), .notPermitted)
        XCTAssertEqual(story.refusal(.receive(WorkOrderFixture.complaint), by: marketing), .notPermitted)
    }

    func testFollowUpCloseAndRulingWaitTheirTurn() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        XCTAssertEqual(story.refusal(.followUp(order: number, satisfaction: .satisfied, note: "")), .workOrderWrongStatus)
        try story.contact(number)
        try story.run(.reply(order: number, story.replyNow), by: marketing)
        XCTAssertEqual(story.refusal(.followUp(order: number, satisfaction: .satisfied, note: "")), .workOrderWrongStatus,
                       "a reply not yet accepted cannot be followed up")
        XCTAssertEqual(story.refusal(.review(order: number, accept: false, reason: nil)), .reasonMissing)
        try story.run(.review(order: number, accept: true, reason: nil))
        XCTAssertEqual(story.refusal(.followUp(order: number, satisfaction: .dissatisfied, note: "")), .noteMissing)
        XCTAssertEqual(story.refusal(.ruleResponsibility(order: number, ResponsibilityRuling(finding: .notAtFault))), .workOrderWrongStatus,
                       "solve first, rule afterwards")
        XCTAssertEqual(story.refusal(.close(order: number)), .workOrderWrongStatus)
        try story.run(.followUp(order: number, satisfaction: .basicallySatisfied, note: ""))
        try story.run(.close(order: number))
        XCTAssertEqual(story.refusal(.ruleResponsibility(order: number, ResponsibilityRuling(finding: .atFault, department: "营销部"))),
                       .rulingIncomplete)
        try story.run(.ruleResponsibility(order: number, ResponsibilityRuling(finding: .notAtFault)))
        XCTAssertEqual(story.refusal(.ruleResponsibility(order: number, ResponsibilityRuling(finding: .notAtFault))), .alreadyRuled)
    }

    func testReceiveAndDispatchCheckCategoryDepartmentAndOrder() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.category = "XX"
        XCTAssertEqual(story.refusal(.receive(intake)), .unknownCategory)
        intake = WorkOrderFixture.complaint
        intake.description = ""
        // At the hall the customer is there to say it; a 95598 order without content comes in marked (HotlineIntakeGapsTests).
        intake.source = .hall
        intake.hotlineNumber = nil
        XCTAssertEqual(story.refusal(.receive(intake)), .descriptionMissing)
        XCTAssertNil(story.refusal(.receive(WorkOrderFixture.complaint), by: HallFixture.guide), "a complaint at the door becomes an order")
        let number = try story.receive()
        XCTAssertEqual(story.refusal(.dispatch(order: number, leadDepartment: "财务部", supportingDepartments: [])), .unknownDepartment)
        XCTAssertEqual(story.refusal(.dispatch(order: "GD999999", leadDepartment: "营销部", supportingDepartments: [])), .unknownWorkOrder)
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: ["营销部"]))
        XCTAssertEqual(story.order(number).supportingDepartments, [], "the lead is not also its own helper")
        XCTAssertEqual(story.refusal(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: [])), .workOrderWrongStatus)
    }
}
