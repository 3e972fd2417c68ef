import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// A return the coordinator turns down: `c` offers y (confirm) or n (reject, with a reason);
/// the department then finds the order marked 回退驳回 in its list, the reason in the detail,
/// and the event log names the order on every line.
final class ReturnRejectionPaneTests: XCTestCase {
    /// GD000001 dispatched to 营销部, accepted, and asked back (地址有误) at 10:00 on 11-23.
    private func desk() throws -> WorkOrderDesk {
        var desk = WorkOrderDesk()
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                              customer: WorkOrderDesk.customer("林美玲", phone: "13800138000", address: "乐从镇东平路 8 号", area: "东平"),
                                              description: "营业员态度生硬", hotlineNumber: "95598-1")), at: "2026-11-23 09:00")
        try desk.run(.dispatch(order: "GD000001", leadDepartment: "营销部", supportingDepartments: []), at: "2026-11-23 09:10")
        try desk.run(.accept(order: "GD000001"), at: "2026-11-23 09:20", by: WorkOrderDesk.marketing)
        try desk.run(.returnOrder(order: "GD000001", reason: .wrongAddress, note: "东平路 8 号属水藤片区"), at: "2026-11-23 09:30",
                     by: WorkOrderDesk.marketing)
        return desk
    }

    private func driver(_ desk: WorkOrderDesk, _ member: StaffMember, start: PaneID) -> PaneDriver {
        var driver = PaneDriver(ConsoleModel(start: start, department: member.handledDepartment), state: desk.state)
        driver.facts = desk.facts(member)
        driver.facts.recent = desk.records
        return driver
    }

    func testCOffersConfirmOrRejectAndNAsksForTheReason() throws {
        var pane = driver(try desk(), WorkOrderDesk.coordinator, start: .coordinator)
        pane.press(.character("c"))
        assertSnapshot(pane.render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────────────────────────┐
        │  1待派 1   2处理中 1   3临期 0   4超期 0   5待审核 0   6待回访 0   7待定责 0  [8全部 1]          │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │      GD000001 首次联系剩 6时19分       申请回退 投诉·服务态度  林美玲 138****8000 东平   营销部  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                 ┌─[回退申请 GD000001：确认或驳回]──────────────────────────────┐                 │
        │                 │ 营销部申请回退：地址有误。东平路 8 号属水藤片区              │                 │
        │                 │ 确认后工单回到待派，时限不重新计算；驳回须写明理由，工单仍由 │                 │
        │                 │ 营销部办理。                                                 │                 │
        │                 │                                                              │                 │
        │                 │ y 确认回退  n 驳回  Esc 取消                                 │                 │
        │                 └──────────────────────────────────────────────────────────────┘                 │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  y确认回退  n驳回  Esc取消
        """)
        pane.press(.character("n"))
        XCTAssertTrue(pane.contains("驳回回退 GD000001"), pane.lines.joined(separator: "\n"))
        pane.type("已核实属东平片区，请继续办理")
        XCTAssertEqual(pane.press(.enter),
                       .performWorkOrders([.rejectReturn(order: "GD000001", reason: "已核实属东平片区，请继续办理")]))
    }

    func testTheDepartmentSeesTheRejectionAndItsReason() throws {
        var desk = try desk()
        try desk.run(.rejectReturn(order: "GD000001", reason: "已核实属东平片区，请继续办理"), at: "2026-11-23 09:35")
        var pane = driver(desk, WorkOrderDesk.marketing, start: .department)
        assertSnapshot(pane.render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [部门工单]  现场看板   报表   事件日志
        ┌─[部门工单]───────────────────────────────────────────────────────────────────────────────────────┐
        │ 营销部：待办 1 张，待接单 0 张，超期 0 张                                                        │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │      GD000001 首次联系剩 6时19分       回退驳回 投诉·服务态度  林美玲 138****8000 东平   营销部  │
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
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  q退出  Enter详情  a接单  c联系客户  n进展  p阶段回复  r答复  b申请回退  i会诊意见  /筛选
        k确认升级
        """)
        pane.press(.enter)
        XCTAssertTrue(pane.contains("回退被驳回：已核实属东平片区，请继续办理"), pane.lines.joined(separator: "\n"))
    }

    func testEveryEventLogLineNamesItsOrder() throws {
        var desk = try desk()
        try desk.run(.rejectReturn(order: "GD000001", reason: "已核实属东平片区"), at: "2026-11-23 09:35")
        let pane = driver(desk, WorkOrderDesk.coordinator, start: .eventLog)
        assertSnapshot(pane.render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调   现场看板   报表  [事件日志]
        ┌─[事件日志]───────────────────────────────────────────────────────────────────────────────────────┐
        │    序号 时间                操作人     终端       事件                                           │
        │       1 2026-11-23 09:00    K01        pts/3      受理 GD000001：投诉·服务态度（95598 工单 9559… │
        │       2 2026-11-23 09:10    K01        pts/3      派单 GD000001：主办 营销部                     │
        │       3 2026-11-23 09:20    D01        pts/3      营销部接单 GD000001                            │
        │       4 2026-11-23 09:30    D01        pts/3      营销部申请回退（地址有误） GD000001：东平路 8… │
        │       5 2026-11-23 09:35    K01        pts/3      驳回营销部的回退申请 GD000001：已核实属东平片… │
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
        │ 第 5 条：驳回营销部的回退申请 GD000001：已核实属东平片区                                         │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  ↑↓移动  q退出
        """)
    }
}
