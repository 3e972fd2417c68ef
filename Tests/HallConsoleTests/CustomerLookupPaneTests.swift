import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Finding a customer by number on the coordinator's desk — `/` with a phone's last digits,
/// `:` with a whole phone or 户号 for their history — and a push marked on the department's
/// list until the department acts on the order.
final class CustomerLookupPaneTests: XCTestCase {
    private func driver(_ desk: WorkOrderDesk, _ member: StaffMember, start: PaneID) -> PaneDriver {
        var driver = PaneDriver(ConsoleModel(start: start, department: member.handledDepartment), state: desk.state)
        driver.facts = desk.facts(member)
        return driver
    }

    func testSlashFindsAPhonesLastDigits() throws {
        var pane = driver(try WorkOrderDesk.monday(), WorkOrderDesk.coordinator, start: .coordinator)
        pane.press(.character("/"))
        pane.type("2222")
        pane.press(.enter)
        XCTAssertTrue(pane.contains("GD000002"), pane.lines.joined(separator: "\n"))
        XCTAssertFalse(pane.contains("GD000001"))
        XCTAssertFalse(pane.contains("13911112222"), "the list still masks the number")
    }

    func testColonWithAPhoneOpensTheCustomersHistory() throws {
        var desk = try WorkOrderDesk.monday()
        try desk.run(.receive(WorkOrderIntake(kind: .opinion, source: .phone, category: "TD",
                                              customer: WorkOrderDesk.customer("林美玲", phone: "138 0013 8000", address: "乐从镇东平路 8 号", area: "东平"),
                                              description: "建议提前通知停电")), at: "2026-11-23 09:35")
        var pane = driver(desk, WorkOrderDesk.coordinator, start: .coordinator)
        pane.press(.character(":"))
        pane.type("13800138000")
        pane.press(.enter)
        assertSnapshot(pane.render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────────────────────────┐
        │  1待派 3   2处理中 1   3临期 1   4超期 1   5待审核 0   6待回访 0   7待定责 0  [8全部 4]          │
        │ ! 重大工单待确认 1 张：GD000003 触电事故（工单协调窗格按 a 确认）                                │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │ !    GD000001 首次联系超期 1工作日     待接单   投诉·服务态度  林美玲 138****8000 东平   营销部  │
        │      GD000002 首次联系剩 19分          待派     投诉·服务态度  黄志坚 139****2222 水藤           │
        │ 重   GD000003 —                        待派     举报·触电事故  陈伯   136****4444 腾冲           │
        │      GD000004 —                        待派     意见·停电      林美玲 138******8… 东平           │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                 ┌─[客户历史 林美玲（138****8000）]─────────────────────────────┐                 │
        │                 │ 工单 2 张，先后如下：                                        │                 │
        │                 │ 11-19 09:00  GD000001  投诉·服务态度  待接单  营销部         │                 │
        │                 │ 11-23 09:35  GD000004  意见·停电  待派                       │                 │
        │                 │ 到厅记录（取号、一次性告知）：halldesk order history         │                 │
        │                 │                                                              │                 │
        │                 │ Esc 取消                                                     │                 │
        │                 └──────────────────────────────────────────────────────────────┘                 │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Esc取消
        """)
        pane.press(.escape)
        XCTAssertFalse(pane.contains("客户历史"))
    }

    func testAPushIsMarkedOnTheDepartmentsListUntilItActs() throws {
        var desk = try WorkOrderDesk.monday()
        try desk.run(.push(order: "GD000001", level: .supervision, note: "客户第三次来电"), at: "2026-11-23 09:40")
        assertSnapshot(driver(desk, WorkOrderDesk.marketing, start: .department).render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [部门工单]  现场看板   报表   事件日志
        ┌─[部门工单]───────────────────────────────────────────────────────────────────────────────────────┐
        │ 营销部：待办 1 张，待接单 1 张，超期 1 张，被催办未处理 1 张                                     │
        │ ↑ 升级待部门负责人知悉 1 张：GD000001 营销部（待本部门负责人确认）                               │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │ ↑!   GD000001 首次联系超期 1工作日     被督办   投诉·服务态度  林美玲 138****8000 东平   营销部  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  q退出  Enter详情  a接单  c联系客户  n进展  p阶段回复  r答复  b申请回退  i会诊意见  /筛选
        k确认升级
        """)
        try desk.run(.accept(order: "GD000001"), at: "2026-11-23 09:41", by: WorkOrderDesk.marketing)
        let after = driver(desk, WorkOrderDesk.marketing, start: .department)
        XCTAssertFalse(after.contains("被督办"), after.lines.joined(separator: "\n"))
    }
}
