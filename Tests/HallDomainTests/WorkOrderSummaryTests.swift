import XCTest
@testable import HallDomain

/// Each event reads as one line a coordinator would say out loud, naming what matters.
final class WorkOrderSummaryTests: XCTestCase {
    func testEveryBodyHasAOneLineSummary() {
        XCTAssertEqual(WorkOrderFixture.everyEvent.count, WorkOrderEvent.bodyTypes.count, "one sample per body type")
        for event in WorkOrderFixture.everyEvent {
            let summary = event.body.summary
            XCTAssertFalse(summary.trimmingCharacters(in: .whitespaces).isEmpty, type(of: event.body).type)
            XCTAssertFalse(summary.contains("\n"), type(of: event.body).type)
        }
    }

    func testTheSummariesOfAComplaintsLifeNameWhatMatters() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: ["运检部"]))
        try story.run(.accept(order: number), by: WorkOrderFixture.marketing1)
        try story.run(.push(order: number, level: .reminder, note: "请尽快联系客户"))
        try story.run(.push(order: number, level: .reminder, note: ""))
        try story.run(.firstContact(order: number, onSite: true, note: "上门核实\n营业员当时的解释"), by: WorkOrderFixture.marketing1)
        try story.run(.reply(order: number, story.replyNow), by: WorkOrderFixture.marketing1)
        try story.run(.review(order: number, accept: true, reason: nil))
        try story.run(.followUp(order: number, satisfaction: .satisfied, note: ""))
        try story.run(.close(order: number))
        try story.run(.ruleResponsibility(order: number, ResponsibilityRuling(finding: .atFault, department: "营销部",
                                                                              person: "陈志强")))

        XCTAssertEqual(story.order(number).history.map(\.event.body.summary), [
            "受理：投诉·服务态度（95598 工单 95598-20260930-0001）",
            "派单：主办 营销部，协办 运检部",
            "营销部接单",
            "第 1 次催办：请尽快联系客户",
            "第 2 次催办",
            "联系客户（上门）：上门核实 营业员当时的解释",
            "答复：上门向客户解释阶梯电价构成并致歉；结果：客户理解电费构成",
            "答复审核通过",
            "回访：满意（电话）",
            "办结",
            "定责：有责，营销部 陈志强",
        ])
    }

    func testAMajorOrderFromTheHallSaysWhereItCameFromAndWhyItWentUp() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.source = .hall
        intake.hotlineNumber = nil
        intake.category = "CD"
        let number = try story.receive(intake)
        XCTAssertEqual(story.order(number).history.map(\.event.body.summary),
                       ["受理：投诉·触电事故（来源：营业厅），重大诉求", "升级至供电所所长：重大诉求"])
    }

    func testReturnsAndDissatisfiedFollowUpsSayWhy() {
        XCTAssertEqual(WorkOrderReturnRequested(order: "GD000001", department: "运检部", reason: .wrongAddress,
                                                note: "应为乐从镇荷村").summary,
                       "运检部申请回退（地址有误）：应为乐从镇荷村")
        XCTAssertEqual(WorkOrderFollowedUp(order: "GD000001", satisfaction: .dissatisfied, note: "仍未退还多收电费").summary,
                       "回访：不满意，仍未退还多收电费，退回主办部门重新处理")
        XCTAssertEqual(ResponsibilityRuled(order: "GD000001", ruling: ResponsibilityRuling(finding: .notAtFault)).summary, "定责：无责")
    }

    func testAnOrderAcceptedInAnOldLogStillSaysItWasAccepted() throws {
        let old = try JSONDecoder().decode(WorkOrderAccepted.self, from: Data(#"{"order":"GD000001"}"#.utf8))
        XCTAssertNil(old.department)
        XCTAssertEqual(old.summary, "主办部门接单")
        let received = try JSONDecoder().decode(WorkOrderReceived.self, from: JSONEncoder().encode(
            WorkOrderReceived(order: "GD000001", kind: .complaint, source: .hall, category: "FWTD", major: false,
                              customer: WorkOrderFixture.customer, description: "态度生硬", hotlineNumber: nil,
                              firstContactDue: nil, arrivalDue: nil, replyDue: nil)))
        XCTAssertEqual(received.summary, "受理：投诉·FWTD（来源：营业厅）")
    }
}
