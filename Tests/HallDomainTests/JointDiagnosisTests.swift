import XCTest
@testable import HallDomain

/// 联合会诊: a disputed meter reading needs 运检部 and 计量班 to look at it with 营销部.
final class JointDiagnosisTests: XCTestCase {
    private let question = "客户称电表走快，请核查表计与线路"

    func testInvitedDepartmentsAnswerAndTheOrderShowsWhoIsStillPending() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()

        let invited = try story.run(.inviteJointDiagnosis(order: number, departments: ["运检部", "计量班", "运检部"], question: question))
        XCTAssertEqual(invited, [.workOrder(.jointDiagnosisInvited(JointDiagnosisInvited(order: number,
                                                                                         departments: ["运检部", "计量班"],
                                                                                         question: question)))])
        XCTAssertEqual(story.order(number).awaitingFindings, ["运检部", "计量班"])
        XCTAssertEqual(story.order(number).history.last?.event.body.summary, "联合会诊：邀请 运检部、计量班，问题：\(question)")

        try story.run(.recordFinding(order: number, finding: "表计现场校验误差 0.3%，合格"), by: WorkOrderFixture.metering)
        XCTAssertEqual(story.order(number).findings, ["计量班": "表计现场校验误差 0.3%，合格"])
        XCTAssertEqual(story.order(number).awaitingFindings, ["运检部"])
        XCTAssertEqual(story.order(number).jointQuestion, question)
        XCTAssertEqual(story.order(number).history.last?.event.body.summary, "计量班会诊意见：表计现场校验误差 0.3%，合格")
    }

    func testMoreDepartmentsMayBeInvitedLaterButNotTwice() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        try story.run(.inviteJointDiagnosis(order: number, departments: ["计量班"], question: question))
        XCTAssertEqual(story.refusal(.inviteJointDiagnosis(order: number, departments: ["计量班"], question: "再看看")), .alreadyInvited)
        try story.run(.inviteJointDiagnosis(order: number, departments: ["运检部"], question: "线路有无分流"))
        XCTAssertEqual(story.order(number).invitedDepartments, ["计量班", "运检部"])
        XCTAssertEqual(story.order(number).jointQuestion, "线路有无分流")
    }

    func testOnlyTheDispatcherInvitesKnownDepartmentsWithAQuestionOnAnOpenOrder() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        XCTAssertEqual(story.refusal(.inviteJointDiagnosis(order: number, departments: ["计量班"], question: question),
                                     by: WorkOrderFixture.marketing1), .notPermitted)
        XCTAssertEqual(story.refusal(.inviteJointDiagnosis(order: number, departments: [], question: question)), .noDepartmentsNamed)
        XCTAssertEqual(story.refusal(.inviteJointDiagnosis(order: number, departments: ["稽查队"], question: question)),
                       .unknownDepartment)
        XCTAssertEqual(story.refusal(.inviteJointDiagnosis(order: number, departments: ["计量班"], question: "  ")), .questionMissing)
        XCTAssertEqual(story.refusal(.inviteJointDiagnosis(order: "GD000404", departments: ["计量班"], question: question)),
                       .unknownWorkOrder)
    }

    func testAClosedOrderTakesNoInvitationAndNoFinding() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        try story.run(.inviteJointDiagnosis(order: number, departments: ["计量班"], question: question))
        try story.contact(number)
        try story.run(.reply(order: number, story.replyNow), by: WorkOrderFixture.marketing1)
        try story.run(.review(order: number, accept: true, reason: nil))
        try story.run(.followUp(order: number, satisfaction: .satisfied, note: ""))
        try story.run(.close(order: number))
        XCTAssertEqual(story.refusal(.inviteJointDiagnosis(order: number, departments: ["运检部"], question: question)),
                       .workOrderWrongStatus)
        XCTAssertEqual(story.refusal(.recordFinding(order: number, finding: "合格"), by: WorkOrderFixture.metering),
                       .workOrderWrongStatus)
    }

    func testOnlyAnInvitedDepartmentRecordsAFindingAndItMustSaySomething() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        XCTAssertEqual(story.refusal(.recordFinding(order: number, finding: "合格"), by: WorkOrderFixture.metering), .notPermitted)
        try story.run(.inviteJointDiagnosis(order: number, departments: ["计量班"], question: question))
        XCTAssertEqual(story.refusal(.recordFinding(order: number, finding: "线路正常"), by: WorkOrderFixture.operations), .notPermitted)
        XCTAssertEqual(story.refusal(.recordFinding(order: number, finding: "合格")), .notPermitted, "the coordinator is no department")
        XCTAssertEqual(story.refusal(.recordFinding(order: number, finding: " \n"), by: WorkOrderFixture.metering), .findingMissing)
    }

    func testTheRefusalNamesTheInvitedDepartments() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        try story.run(.inviteJointDiagnosis(order: number, departments: ["计量班"], question: question))
        do {
            try story.run(.recordFinding(order: number, finding: "线路正常"), by: WorkOrderFixture.operations)
            XCTFail("运检部 was not invited")
        } catch {
            XCTAssertEqual(error.message, "专业部门经办人只能为本部门协办或受邀会诊的工单填写意见：工单 \(number) 由营销部主办，计量班受邀会诊，"
                           + "请由这些部门的经办人或协调员办理")
        }
    }
}
