import XCTest
@testable import HallDomain

/// The department starts its reply from the category's template, filled from the order.
final class ReplyTemplateTests: XCTestCase {
    private let templates = ReplyTemplates(
        byCategory: ["FWTD": ReplyTemplate(actions: "核实客户{客户}反映的{类别}问题（工单 {工单号}），并向客户致歉。",
                                           result: "已约谈{片区}营业厅当事员工。")],
        fallback: ReplyTemplate(actions: "到{地址}核实户号 {户号} 的情况。", result: "已答复。"))

    private func receivedComplaint(_ intake: WorkOrderIntake = WorkOrderFixture.complaint) throws -> WorkOrder {
        var story = WorkOrderStory()
        let number = try story.receive(intake)
        return story.order(number)
    }

    func testTheCategorysTemplateIsFilledFromTheOrder() throws {
        let draft = templates.draft(for: try receivedComplaint())
        XCTAssertEqual(draft.actions, "核实客户林美玲反映的服务态度问题（工单 GD000001），并向客户致歉。")
        XCTAssertEqual(draft.result, "已约谈天河北营业厅当事员工。")
    }

    func testWhatOnlyTheHandlerKnowsIsLeftForTheHandler() throws {
        let draft = templates.draft(for: try receivedComplaint())
        XCTAssertEqual(draft.missingParts, ["处理时间", "处理人", "客户反馈"])
        XCTAssertFalse(draft.utilityAtFault)
    }

    func testACategoryWithoutItsOwnTemplateTakesTheFallback() throws {
        var intake = WorkOrderFixture.complaint
        intake.category = "TD"
        let draft = templates.draft(for: try receivedComplaint(intake))
        XCTAssertEqual(draft.actions, "到天河路 88 号 3 栋 502核实户号 0301234567 的情况。")
    }

    func testWithNoTemplateAtAllTheDraftIsBlank() throws {
        let draft = ReplyTemplates().draft(for: try receivedComplaint())
        XCTAssertEqual(draft.actions, "")
        XCTAssertEqual(draft.missingParts, ["处理时间", "处理人", "处理或解释的内容", "处理结果", "客户反馈"])
    }

    func testPlaceholderNamesAreReadAndUnbalancedBracesAreNoticed() {
        XCTAssertEqual(ReplyTemplate.placeholderNames(in: "致{客户}：工单 {工单号}"), ["客户", "工单号"])
        XCTAssertEqual(ReplyTemplate.placeholderNames(in: "没有占位符"), [])
        XCTAssertNil(ReplyTemplate.placeholderNames(in: "致{客户："))
        XCTAssertNil(ReplyTemplate.placeholderNames(in: "致客户}"))
        XCTAssertNil(ReplyTemplate.placeholderNames(in: "致{客{户}}"))
    }
}
