import Foundation
import XCTest

/// `halldesk order …` driven as a script would drive it, on a data folder made by
/// `halldesk init`: every rule is the domain's, so these check that the commands pass
/// the right command to it, print what it recorded or refused, and show the order.
final class OrderCommandTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var data = ""

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
        // These complaints are closed on the machine's clock, which cannot wait three days.
        try withoutSecondFollowUp(data: data)
    }

    /// `halldesk order ARGUMENTS --data … --staff STAFF`.
    private func order(_ staff: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, ["order"] + arguments + ["--data", data, "--staff", staff])
    }

    /// Runs a step that must succeed; its standard output.
    @discardableResult
    private func step(_ staff: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let run = try order(staff, arguments)
        XCTAssertEqual(run.status, 0, "\(arguments.joined(separator: " ")): \(run.errors)", file: file, line: line)
        return run.output
    }

    private func json(_ line: some StringProtocol) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
    }

    private func log() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: data + "/events.log"))
    }

    private func newComplaint(by staff: String, category: String = "DFZY", kind: String = "投诉", areaType: String = "city") throws -> String {
        let output = try step(staff, ["new", "--kind", kind, "--source", "hall", "--category", category, "--name", "张伟",
                                      "--phone", "13812341234", "--address", "天河北路 1 号", "--area", "天河北", "--station", "天河供电所",
                                      "--area-type", areaType, "--customer-kind", "居民", "--description", "本月电费比上月高出一倍", "--json"])
        let received = try json(try XCTUnwrap(output.split(separator: "\n").first))
        XCTAssertEqual(received["type"] as? String, "workOrderRegistered")
        return try XCTUnwrap((received["body"] as? [String: Any])?["order"] as? String)
    }

    private func date(_ text: Any?) throws -> Date {
        try XCTUnwrap(ISO8601DateFormatter().date(from: try XCTUnwrap(text as? String)), "\(String(describing: text))")
    }

    func testAComplaintFromReceiptToRuling() throws {
        let number = try newComplaint(by: "K01")
        XCTAssertEqual(number, "GD000001")
        let dueAtReceipt = try json(try step("K01", ["show", number, "--json"]))["deadlines"] as? [[String: Any]]

        try step("K01", ["dispatch", number, "--lead", "计量班", "--reason", "客户称电表走快，先请计量班核查"])
        let returned = try step("D03", ["return", number, "--reason", "wrong-owner", "--note", "电费争议归营销部"])
        XCTAssertFalse(returned.isEmpty, "the return prints what it recorded")
        try step("K01", ["confirm-return", number])
        try step("K01", ["dispatch", number, "--lead", "营销部", "--support", "计量班"])
        try step("D01", ["accept", number])
        try step("D01", ["contact", number, "--note", "已电话联系客户，约定上门核对电表"])

        let before = try log()
        let incomplete = try order("D01", ["reply", number, "--handled-at", handledNow(), "--handler", "麦国栋",
                                           "--actions", "上门核对电表读数"])
        XCTAssertEqual(incomplete.status, 1)
        XCTAssertTrue(incomplete.errors.contains("答复缺少：处理结果、客户反馈"), incomplete.errors)
        XCTAssertEqual(try log(), before, "a refused reply writes nothing")

        try step("D01", ["reply", number, "--handled-at", handledNow(), "--handler", "麦国栋", "--actions", "上门核对电表读数",
                         "--result", "抄表员漏抄一月，已退补电费", "--feedback", "客户表示接受", "--at-fault", "--responsible", "陈志强"])
        try step("K01", ["review", number, "--accept"])
        try step("K01", ["followup", number, "--satisfaction", "满意", "--note", "客户满意"])
        try step("K01", ["close", number])
        try step("K01", ["rule", number, "--at-fault", "--department", "营销部", "--person", "陈志强"])

        let detail = try json(try step("K01", ["show", number, "--json"]))
        XCTAssertEqual(detail["status"] as? String, "closed")
        XCTAssertEqual((detail["responsibility"] as? [String: Any])?["person"] as? String, "陈志强")
        let timeline = try XCTUnwrap(detail["timeline"] as? [[String: Any]])
        XCTAssertEqual(timeline.map { $0["type"] as? String }, [
            "workOrderRegistered", "workOrderDispatched", "workOrderReturnRequested", "workOrderReturnConfirmed", "workOrderDispatched",
            "workOrderAccepted", "workOrderContacted", "workOrderReplied", "workOrderReviewed", "workOrderFollowedUp",
            "workOrderClosed", "responsibilityRuled",
        ])
        XCTAssertEqual(timeline.first?["actorName"] as? String, "冯振华")
        XCTAssertEqual(timeline[2]["actorName"] as? String, "潘志坚")
        XCTAssertEqual(timeline[2]["summary"] as? String, "计量班申请回退（不属本部门）：电费争议归营销部")
        let times = try timeline.map { try date($0["time"]) }
        XCTAssertEqual(times, times.sorted(), "the timeline is oldest first")

        let dueNow = try XCTUnwrap(detail["deadlines"] as? [[String: Any]])
        let dueBefore = try XCTUnwrap(dueAtReceipt)
        XCTAssertEqual(dueNow.map { $0["deadline"] as? String }, ["firstContact", "reply"])
        XCTAssertEqual(try dueNow.map { try date($0["due"]) }, try dueBefore.map { try date($0["due"]) },
                       "the return and redispatch do not move the due dates")
        XCTAssertTrue(dueNow.allSatisfy { ($0["met"] as? String) != nil }, "contact and the accepted reply met both deadlines")
        let held = try XCTUnwrap(detail["held"] as? [[String: Any]]).map { $0["department"] as? String }
        XCTAssertEqual(held, ["计量班", "营销部"])
    }

    func testPhoneIsMaskedInTheListAndShownWholeToTheCoordinatorOnly() throws {
        let number = try newComplaint(by: "K01")
        let list = try step("K01", ["list"])
        XCTAssertTrue(list.contains("\(number)  "), list)
        XCTAssertTrue(list.contains("张伟 138****1234"), list)
        XCTAssertFalse(list.contains("13812341234"), list)
        let listed = try json(try step("K01", ["list", "--json"]))
        XCTAssertEqual(listed["phone"] as? String, "138****1234")

        let coordinator = try step("K01", ["show", number])
        XCTAssertTrue(coordinator.contains("电话 13812341234"), coordinator)
        XCTAssertTrue(coordinator.contains("为何此时到期："), coordinator)
        let clerk = try step("C01", ["show", number])
        XCTAssertTrue(clerk.contains("电话 138****1234"), clerk)
        XCTAssertFalse(clerk.contains("13812341234"), clerk)
    }

    func testAClerkMayReceiveButNotDispatch() throws {
        let number = try newComplaint(by: "C01")
        let before = try log()
        let refused = try order("C01", ["dispatch", number, "--lead", "营销部"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("营业员不能派单：派单由客户问题解决协调员办理"), refused.errors)
        XCTAssertEqual(appendedTypes(try log(), since: before), ["batchOpened", "actedOnBehalf", "actionDenied"])
    }

    func testListPutsTheLeastTimeLeftFirstAndFiltersBySectionAndDepartment() throws {
        let complaint = try newComplaint(by: "K01")
        let fault = try newComplaint(by: "K01", category: "TD", kind: "fault-report")
        let all = try step("K01", ["list", "--json"]).split(separator: "\n").map { try json($0)["number"] as? String }
        XCTAssertEqual(all, [fault, complaint], "45 minutes to reach a fault come before a working day to call back")

        try step("K01", ["dispatch", complaint, "--lead", "营销部"])
        let waiting = try step("K01", ["list", "--section", "待派", "--json"]).split(separator: "\n").map { try json($0)["number"] as? String }
        XCTAssertEqual(waiting, [fault])
        let marketing = try step("K01", ["list", "--department", "营销部", "--json"]).split(separator: "\n")
            .map { try json($0)["number"] as? String }
        XCTAssertEqual(marketing, [complaint])
    }

    func testAMajorOrderIsAcknowledgedPushedAndRecalled() throws {
        let created = try step("K01", ["new", "--kind", "opinion", "--source", "媒体", "--category", "DFZY", "--name", "李记者",
                                       "--address", "天河路 2 号", "--area", "天河北", "--station", "天河供电所", "--area-type", "城区",
                                       "--customer-kind", "non-residential", "--description", "记者询问电费上涨", "--major"])
        XCTAssertTrue(created.hasSuffix("工单编号：GD000001\n"), created)
        XCTAssertTrue(try step("K01", ["list"]).contains("重大未确认"))
        try step("K01", ["ack", "GD000001"])
        let acknowledged = try step("K01", ["list"])
        XCTAssertTrue(acknowledged.contains("重大") && !acknowledged.contains("重大未确认"), acknowledged)

        try step("K01", ["dispatch", "GD000001", "--lead", "营销部"])
        try step("D01", ["accept", "GD000001"])
        try step("D01", ["note", "GD000001", "已约记者明天面谈"])
        let pushed = try json(try step("K01", ["push", "GD000001", "--level", "督办", "--note", "媒体关注，请今天答复", "--json"]))
        XCTAssertEqual(pushed["type"] as? String, "workOrderPushed")
        XCTAssertEqual((pushed["body"] as? [String: Any])?["level"] as? String, "supervision")

        let unexplained = try order("K01", ["recall", "GD000001"])
        XCTAssertEqual(unexplained.status, 1)
        XCTAssertTrue(unexplained.errors.contains("撤回须写明原因"), unexplained.errors)
        try step("K01", ["recall", "GD000001", "--reason", "改由所长牵头"])
        let detail = try json(try step("K01", ["show", "GD000001", "--json"]))
        XCTAssertEqual(detail["status"] as? String, "awaitingDispatch")
        XCTAssertEqual(detail["pushCount"] as? Int, 1)
        let summaries = try XCTUnwrap(detail["timeline"] as? [[String: Any]]).compactMap { $0["summary"] as? String }
        XCTAssertTrue(summaries.contains { $0.contains("已约记者明天面谈") }, "\(summaries)")
    }

    func testABadChoiceIsRefusedInChineseWithTheChoices() throws {
        let before = try log()
        let run = try order("K01", ["new", "--kind", "抱怨", "--source", "hall", "--category", "DFZY", "--name", "张伟",
                                    "--address", "天河北路 1 号", "--area", "天河北", "--station", "天河供电所", "--area-type", "city",
                                    "--customer-kind", "居民", "--description", "电费高"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.errors.contains("--kind 不认识“抱怨”。可选：咨询（enquiry）、报障（fault-report）"), run.errors)
        XCTAssertEqual(try log(), before)
    }

    func testAJointDiagnosisListsEachFindingAndRefusesADepartmentNotInvited() throws {
        let number = try newComplaint(by: "K01")
        let invited = try json(try step("K01", ["invite", number, "--department", "营销部", "--department", "计量班",
                                                "--question", "客户称电表走快，是否需现场校验", "--json"]))
        XCTAssertEqual(invited["type"] as? String, "jointDiagnosisInvited")
        XCTAssertEqual((invited["body"] as? [String: Any])?["departments"] as? [String], ["营销部", "计量班"])
        try step("D01", ["finding", number, "近三个月电费计算无误，建议计量班校验电表"])

        let before = try log()
        let outsider = try order("D02", ["finding", number, "配电线路正常"])
        XCTAssertEqual(outsider.status, 1)
        XCTAssertTrue(outsider.errors.contains("只能为本部门协办或受邀会诊的工单填写意见：工单 \(number) 尚未派单，营销部、计量班受邀会诊，"
                                               + "请由这些部门的经办人"), outsider.errors)
        XCTAssertEqual(appendedTypes(try log(), since: before), ["batchOpened", "actedOnBehalf", "actionDenied"], "a refused finding writes only its denial")

        let shown = try step("K01", ["show", number])
        XCTAssertTrue(shown.contains("联合会诊：客户称电表走快，是否需现场校验  待答复 计量班"), shown)
        XCTAssertTrue(shown.contains("  营销部：近三个月电费计算无误，建议计量班校验电表\n"), shown)
        XCTAssertTrue(shown.contains("  计量班：未答复\n"), shown)
        XCTAssertFalse(shown.contains("配电线路正常"), shown)
        let diagnosis = try XCTUnwrap(try json(try step("K01", ["show", number, "--json"]))["jointDiagnosis"] as? [String: Any])
        XCTAssertEqual(diagnosis["awaiting"] as? [String], ["计量班"])

        try step("D03", ["finding", number, "--finding", "现场校验误差 0.3%，在允许范围内"])
        let answered = try XCTUnwrap(try json(try step("K01", ["show", number, "--json"]))["jointDiagnosis"] as? [String: Any])
        XCTAssertEqual(answered["awaiting"] as? [String], [])
        let findings = try XCTUnwrap(answered["departments"] as? [[String: Any]]).map { $0["finding"] as? String }
        XCTAssertEqual(findings, ["近三个月电费计算无误，建议计量班校验电表", "现场校验误差 0.3%，在允许范围内"])
    }

    func testThreeOrdersOfOneCategoryAndAreaWarnUntilLinkedAsABatch() throws {
        let first = try newComplaint(by: "K01")
        let second = try newComplaint(by: "K01")
        XCTAssertTrue(try step("K01", ["warnings"]).contains("没有批量预警"), "two orders are not a batch yet")
        XCTAssertEqual(try step("K01", ["warnings", "--json"]), "")
        let third = try newComplaint(by: "K01")

        let warnings = try step("K01", ["warnings", "--json"]).split(separator: "\n")
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        let warning = try json(try XCTUnwrap(warnings.first))
        XCTAssertEqual(warning["orders"] as? [String], [first, second, third])
        XCTAssertEqual(warning["area"] as? String, "天河北")
        XCTAssertEqual(warning["category"] as? String, "DFZY")
        let text = try step("K01", ["warnings"])
        XCTAssertTrue(text.contains("批量预警：电费、电价争议（DFZY）  片区 天河北  3 张：\(first)、\(second)、\(third)"), text)
        XCTAssertNotNil(text.range(of: #"受理 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, options: .regularExpression),
                        text)
        XCTAssertTrue(text.contains("halldesk order link \(first) \(second) --reason 批量"), text)

        let before = try log()
        let department = try order("D01", ["link", first, second, "--reason", "批量"])
        XCTAssertEqual(department.status, 1, "only the dispatcher links orders")
        XCTAssertEqual(appendedTypes(try log(), since: before), ["batchOpened", "actedOnBehalf", "actionDenied"])

        try step("K01", ["link", first, second, "--reason", "批量"])
        let halfLinked = try step("K01", ["warnings", "--json"]).split(separator: "\n")
        XCTAssertEqual(halfLinked.count, 1, "one order is still outside the batch")
        XCTAssertEqual(try json(try XCTUnwrap(halfLinked.first))["clearedBy"] as? [String],
                       ["halldesk order link \(first) \(third) --reason 批量"])
        let linked = try json(try step("K01", ["link", third, first, "--reason", "batch", "--json"]))
        XCTAssertEqual((linked["body"] as? [String: Any])?["reason"] as? String, "batch")

        XCTAssertTrue(try step("K01", ["warnings"]).contains("没有批量预警"))
        XCTAssertEqual(try step("K01", ["warnings", "--json"]), "")
        let links = try XCTUnwrap(try json(try step("K01", ["show", first, "--json"]))["links"] as? [[String: Any]])
        XCTAssertEqual(links.map { $0["other"] as? String }, [second, third])
        XCTAssertEqual(links.map { $0["reasonName"] as? String }, ["批量", "批量"])
    }

    func testTheSameCustomerBackAfterClosingIsMarkedAsARepeat() throws {
        let first = try newComplaint(by: "K01")
        try step("K01", ["dispatch", first, "--lead", "营销部"])
        try step("D01", ["accept", first])
        try step("D01", ["contact", first, "--note", "已电话联系客户"])
        try step("D01", ["reply", first, "--handled-at", handledNow(), "--handler", "麦国栋", "--actions", "核对电费",
                         "--result", "电费无误", "--feedback", "客户表示理解"])
        try step("K01", ["review", first, "--accept"])
        try step("K01", ["followup", first, "--satisfaction", "满意", "--note", "客户满意"])
        try step("K01", ["close", first])
        let other = try newComplaint(by: "K01", category: "TD", kind: "fault-report")
        let again = try newComplaint(by: "K01")

        let rows = try step("K01", ["list"]).split(separator: "\n")
        let againRow = try XCTUnwrap(rows.first { $0.hasPrefix(again) }, "\(rows)")
        let otherRow = try XCTUnwrap(rows.first { $0.hasPrefix(other) }, "\(rows)")
        XCTAssertTrue(againRow.hasSuffix("  重复"), String(againRow))
        XCTAssertFalse(otherRow.contains("重复"), "another category is not a repeat: \(otherRow)")
        let listed = try step("K01", ["list", "--json"]).split(separator: "\n").map { try json($0) }
        XCTAssertEqual(listed.first { $0["number"] as? String == again }?["repeatOf"] as? String, first)

        let shown = try step("K01", ["show", again])
        XCTAssertTrue(shown.contains("重复诉求：与 \(first) 相同"), shown)
        XCTAssertTrue(shown.contains("关联：\(first)（重复）"), shown)
        let earlier = try step("K01", ["show", first])
        XCTAssertTrue(earlier.contains("关联：\(again)（重复）"), earlier)
        XCTAssertFalse(earlier.contains("重复诉求："), "the first order repeats nothing: \(earlier)")
    }

    func testANewOrderWithoutAreaTakesItFromTheAddress() throws {
        let output = try step("C01", ["new", "--kind", "报障", "--source", "来电", "--category", "TD", "--name", "黄先生",
                                      "--address", "乐从镇荷村工业区 8 号", "--customer-kind", "非居民", "--description", "整片停电"])
        XCTAssertTrue(output.contains("按地址中的“荷村工业区”判断为 水藤沙边片（乐从供电所，城区）"), output)
        let customer = try XCTUnwrap(try json(try step("C01", ["show", "GD000001", "--json"]))["customer"] as? [String: Any])
        XCTAssertEqual(customer["area"] as? String, "水藤沙边片", "the longer keyword beats 荷村 (荷村大墩片)")
        XCTAssertEqual(customer["station"] as? String, "乐从供电所")
        XCTAssertEqual(customer["areaType"] as? String, "city")

        try step("C01", ["new", "--kind", "报障", "--source", "来电", "--category", "TD", "--name", "罗女士", "--address", "江心洲 3 巷",
                         "--area-type", "rural", "--customer-kind", "居民", "--description", "停电"])
        let typed = try XCTUnwrap(try json(try step("C01", ["show", "GD000002", "--json"]))["customer"] as? [String: Any])
        XCTAssertEqual(typed["area"] as? String, "外江江心洲片")
        XCTAssertEqual(typed["areaType"] as? String, "rural", "a typed --area-type wins over the area's remote")

        let before = try log()
        let unknown = try order("C01", ["new", "--kind", "报障", "--source", "来电", "--category", "TD", "--name", "黄先生",
                                        "--address", "某某路 8 号", "--customer-kind", "居民", "--description", "停电"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.errors.contains("请用 --area 写明所在片区"), unknown.errors)
        XCTAssertEqual(try log(), before)
    }

    func testReplyDraftPrintsTheCategoryTemplateAndWritesNothing() throws {
        let number = try newComplaint(by: "K01")
        try step("K01", ["dispatch", number, "--lead", "营销部"])
        try step("D01", ["accept", number])
        let before = try log()
        let draft = try step("D01", ["reply", number, "--draft"])
        XCTAssertTrue(draft.contains("处理：核查户号"), draft)
        XCTAssertTrue(draft.contains("近期抄表示数、电价执行类别和电费计算过程，向客户张伟逐项解释电费构成（阶梯电价、峰谷分时等）。\n"), draft)
        XCTAssertTrue(draft.contains("结果：经核查电费计算（无误/有误，已退补差额 元），客户已清楚电费构成。"), draft)
        XCTAssertFalse(draft.contains("{"), "every placeholder is filled: \(draft)")
        XCTAssertEqual(try log(), before, "a draft writes nothing")
        let fault = try newComplaint(by: "K01", category: "TD", kind: "fault-report")
        let faultDraft = try json(try step("K01", ["reply", fault, "--draft", "--json"]))
        XCTAssertEqual(faultDraft["result"] as? String, "已于（时间）恢复供电，现场用电正常。")
        XCTAssertEqual(faultDraft["handler"] as? String, "")
    }
}

