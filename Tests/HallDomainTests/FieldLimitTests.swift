import XCTest
@testable import HallDomain

/// Length limits live in `decide`, so every way in (a pane's form, a scripting command, an
/// import) meets the same limit and the same message: the field, its limit, the length
/// given, and never the text itself.
final class FieldLimitTests: XCTestCase {
    private func refusal(_ body: () throws(HallRefusal) -> Void) -> HallRefusal? {
        do {
            try body()
            return nil
        } catch {
            return error
        }
    }

    func testADescriptionAtTheLimitPassesAndOneCharacterMoreIsRefused() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.description = String(repeating: "停", count: FieldLimit.description.maxCharacters)
        XCTAssertNoThrow(try story.receive(intake))
        intake.description += "电"
        intake.hotlineNumber = "95598-2"
        let refused = try XCTUnwrap(refusal { () throws(HallRefusal) in _ = try story.receive(intake) })
        XCTAssertEqual(refused.code, .tooLong)
        XCTAssertEqual(refused.message, "诉求内容太长：最多 2000 字，这次有 2001 字。请删减到 2000 字以内再提交。")
    }

    func testTheMessageNamesTheFieldButNeverRepeatsTheCustomersText() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.customer.address = "天河路 88 号 " + String(repeating: "3 栋 502 ", count: 40)
        let refused = try XCTUnwrap(refusal { () throws(HallRefusal) in _ = try story.receive(intake) })
        XCTAssertTrue(refused.message.hasPrefix("用电地址太长：最多 200 字，这次有 \(intake.customer.address.count) 字"), refused.message)
        XCTAssertFalse(refused.message.contains("天河路"))
        intake = WorkOrderFixture.complaint
        intake.customer.phone = "138001380001380013800"
        XCTAssertEqual(refusal { () throws(HallRefusal) in _ = try story.receive(intake) }?.message,
                       "联系电话太长：最多 20 字，这次有 21 字。请删减到 20 字以内再提交。")
    }

    func testCharactersNotBytesAreCounted() throws {
        XCTAssertNoThrow(try FieldLimit.customerName.check(String(repeating: "欧阳", count: 25)), "50 Chinese characters are 150 bytes")
        XCTAssertThrowsError(try FieldLimit.customerName.check(String(repeating: "欧阳", count: 25) + "娜"))
        XCTAssertNoThrow(try FieldLimit.customerName.check(nil))
    }

    func testAReplyPartTooLongIsRefusedByItsName() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        var reply = WorkOrderFixture.completeReply
        reply.actions = String(repeating: "解释阶梯电价。", count: 400)
        XCTAssertEqual(story.refusal(.reply(order: number, reply), by: WorkOrderFixture.marketing1), .tooLong)
        let refused = refusal { () throws(HallRefusal) in _ = try story.run(.reply(order: number, reply), by: WorkOrderFixture.marketing1) }
        XCTAssertTrue(refused?.message.hasPrefix("处理或解释的内容太长：最多 2000 字，这次有 2800 字") == true, refused?.message ?? "")
    }

    func testHallCommandsMeetTheirLimitsToo() {
        let story = HallStory()
        XCTAssertEqual(story.refusal(.pauseCounter(counter: 1, reason: String(repeating: "系统故障", count: 126)), by: HallFixture.clerk1), .tooLong)
        XCTAssertEqual(story.refusal(.issueSlip(businessType: "ZX", customerKind: .residential, presented: [], priority: nil, override: nil,
                                                phone: String(repeating: "1", count: 21))), .tooLong)
        XCTAssertNil(story.refusal(.issueSlip(businessType: "ZX", customerKind: .residential, presented: [], priority: nil, override: nil,
                                              phone: "13800138000")))
    }

    func testEveryWorkOrderTextIsLimited() {
        let long = String(repeating: "长", count: 2_001)
        let commands: [WorkOrderCommand] = [
            .dispatch(order: "GD000001", leadDepartment: long, supportingDepartments: []),
            .firstContact(order: "GD000001", onSite: false, note: long),
            .progressNote(order: long, note: ""),
            .review(order: "GD000001", accept: false, reason: long),
            .followUp(order: "GD000001", satisfaction: .satisfied, note: long),
            .push(order: "GD000001", level: .reminder, note: long),
            .recall(order: "GD000001", reason: long),
            .returnOrder(order: "GD000001", reason: .wrongAddress, note: long),
            .ruleResponsibility(order: "GD000001", ResponsibilityRuling(finding: .atFault, department: "营销部", person: long)),
            .inviteJointDiagnosis(order: "GD000001", departments: ["营销部"], question: long),
            .recordFinding(order: "GD000001", finding: long),
            .openCase(ImprovementCaseDraft(rootCause: long, action: "a", ownerDepartment: "营销部", dueDay: "2026-12-01", orders: [])),
            .recordCaseProgress(case: "GJ0001", note: long),
            .finishCase(case: "GJ0001", outcome: long),
            .dismissSuggestion(key: "k", reason: long),
        ]
        // Someone allowed every action, so the permission matrix (checked first) lets each through to the limit.
        let everyone = StaffMember(id: "A01", name: "全权测试员", roles: Role.allCases, department: "营销部", login: "root")
        for command in commands {
            let story = WorkOrderStory()
            XCTAssertEqual(story.refusal(command, by: everyone), .tooLong, "\(command)")
        }
    }
}
