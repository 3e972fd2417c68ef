import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The coordinator's follow-up (回访): the dialog shows the number to call whole to whoever
/// the matrix lets see contacts (`seeCustomerContact`), masked to anyone else, and asks the
/// method, the satisfaction and the note in turn.
final class FollowUpDialogTests: XCTestCase {
    /// The Monday desk with GD000001 replied to and the reply accepted: waiting for its follow-up.
    private func desk(as member: StaffMember) throws -> PaneDriver {
        var desk = try WorkOrderDesk.monday()
        try desk.run(.accept(order: "GD000001"), at: "2026-11-19 10:00", by: WorkOrderDesk.marketing)
        try desk.run(.firstContact(order: "GD000001", onSite: false, note: "电话联系客户"), at: "2026-11-19 10:30",
                     by: WorkOrderDesk.marketing)
        try desk.run(.reply(order: "GD000001", WorkOrderReply(handledAt: "2026-11-20 15:00", handler: "麦国栋", actions: "当面致歉",
                                                              result: "客户接受", customerFeedback: "满意", utilityAtFault: false)),
                     at: "2026-11-20 16:00", by: WorkOrderDesk.marketing)
        try desk.run(.review(order: "GD000001", accept: true, reason: nil), at: "2026-11-23 09:00")
        var driver = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        driver.facts = desk.facts(member)
        driver.press(.character("6"), .character("f"))
        return driver
    }

    func testTheCoordinatorSeesThePhoneToCallAndAnswersMethodSatisfactionAndNote() throws {
        var pane = try desk(as: WorkOrderDesk.coordinator)
        assertSnapshot(pane.render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────────────────────────┐
        │  1待派 2   2处理中 0   3临期 1   4超期 0   5待审核 0  [6待回访 1]  7待定责 0   8全部 3           │
        │ ! 重大工单待确认 1 张：GD000003 触电事故（工单协调窗格按 a 确认）                                │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │      GD000001 —                        待回访   投诉·服务态度  林美玲 138****8000 东平   营销部  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                 ┌─[回访 GD000001]──────────────────────────────────────────────┐                 │
        │                 │ 客户 林美玲  电话 13800138000                                │                 │
        │                 │ 回访方式：                                                   │                 │
        │                 │                                                              │                 │
        │                 │ 1 电话  2 短信  3 上门  4 信函  Esc 取消                     │                 │
        │                 └──────────────────────────────────────────────────────────────┘                 │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  1电话  2短信  3上门  4信函  Esc取消
        """)
        pane.press(.character("2"))
        XCTAssertTrue(pane.contains("回访 GD000001（短信）"), pane.lines.joined(separator: "\n"))
        pane.press(.character("1"))
        pane.type("客户满意")
        XCTAssertEqual(pane.press(.enter),
                       .performWorkOrders([.followUp(order: "GD000001", satisfaction: .satisfied, note: "客户满意", method: .sms)]))
    }

    func testSomeoneWhoMayNotSeeContactsGetsThePhoneMasked() throws {
        let guide = StaffMember(id: "G01", name: "梁嘉敏", roles: [.guide], department: nil, login: "liangjm")
        let pane = try desk(as: guide)
        XCTAssertTrue(pane.contains("客户 林美玲  电话 138****8000"), pane.lines.joined(separator: "\n"))
        XCTAssertFalse(pane.contains("13800138000"))
    }
}
