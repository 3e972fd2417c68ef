import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// 阶段回复 and 被投诉人 on the panes: the department's `p` records an interim reply with its
/// promised time; a promise whose time passed unanswered is marked 「约」 in the list and
/// counted on the coordinator's desk, an import still to check (业务类型待核, 诉求内容为空)
/// 「?」; the coordinator's `t` records who a complaint is about.
final class PromiseMarksTests: XCTestCase {
    /// GD000001 a complaint 营销部 accepted and promised, on Friday, an answer by 17:00 that
    /// day; GD000002 imported with no content under the platform's 催办. Drawn at 09:41 on
    /// Monday 11-23: the promise has lapsed.
    private func desk() throws -> WorkOrderDesk {
        var desk = WorkOrderDesk()
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                              customer: WorkOrderDesk.customer("林美玲", phone: "13800138000", address: "乐从镇东平路 8 号", area: "东平"),
                                              description: "营业员态度生硬", hotlineNumber: "95598-1")), at: "2026-11-19 09:00")
        try desk.run(.dispatch(order: "GD000001", leadDepartment: "营销部", supportingDepartments: []), at: "2026-11-19 09:30")
        try desk.run(.accept(order: "GD000001"), at: "2026-11-19 10:00", by: WorkOrderDesk.marketing)
        try desk.run(.interimReply(order: "GD000001", promisedAt: "2026-11-20 17:00", note: "正在调取录像"), at: "2026-11-20 10:00",
                     by: WorkOrderDesk.marketing)
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                              customer: WorkOrderDesk.customer("黄小姐", phone: "13702800003", address: "乐从镇水藤村 1 号", area: "水藤"),
                                              description: "", hotlineNumber: "95598-2", reportedKind: "催办")), at: "2026-11-23 09:05")
        return desk
    }

    private func pane(_ start: PaneID, _ member: StaffMember) throws -> PaneDriver {
        let desk = try desk()
        var driver = PaneDriver(ConsoleModel(start: start, department: member.handledDepartment), state: desk.state)
        driver.facts = desk.facts(member)
        return driver
    }

    func testTheCoordinatorsDeskCountsAndMarksTheMissedPromise() throws {
        assertSnapshot(try pane(.coordinator, WorkOrderDesk.coordinator).render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────────────────────────┐
        │  1待派 1   2处理中 1   3临期 0   4超期 1   5待审核 0   6待回访 0   7待定责 0  [8全部 2]          │
        │ ! 阶段回复失约 1 张（GD000001）：承诺客户的时间已过仍未答复，请催办主办部门                      │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │ !约  GD000001 首次联系超期 1工作日     处理中   投诉·服务态度  林美玲 138****8000 东平   营销部  │
        │ ?    GD000002 首次联系剩 6时24分       待派     投诉·服务态度  黄小姐 137****0003 水藤           │
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
        F1/?帮助  q退出  ←→分区  Enter详情  d派单  p催办  c确认回退  r审核  f回访  x办结  j定责  a确认重大
        R撤回  P督办  k确认升级  v标记  /筛选  :跳转  N受理  h会诊  L关联批量
        """)
    }

    func testTheDetailSaysWhatWasPromisedAndWhatIsMissing() throws {
        var coordinator = try pane(.coordinator, WorkOrderDesk.coordinator)
        coordinator.press(.character(":"))
        coordinator.type("1")
        coordinator.press(.enter)
        XCTAssertTrue(coordinator.contains("阶段回复  承诺 2026-11-20 17:00 前再答复，已失约：正在调取录像"), coordinator.lines.joined(separator: "\n"))
        var other = try pane(.coordinator, WorkOrderDesk.coordinator)
        other.press(.character(":"))
        other.type("2")
        other.press(.enter)
        XCTAssertTrue(other.contains("诉求  （诉求内容为空，请在首次联系时向客户问明）"), other.lines.joined(separator: "\n"))
        XCTAssertTrue(other.contains("业务类型待核（客服中心：催办），按投诉的时限受理"), other.lines.joined(separator: "\n"))
    }

    func testPInTheDepartmentPaneRecordsAnInterimReply() throws {
        var department = try pane(.department, WorkOrderDesk.marketing)
        department.press(.character("p"))
        assertSnapshot(department.render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [部门工单]  现场看板   报表   事件日志
        ┌─[部门工单]───────────────────────────────────────────────────────────────────────────────────────┐
        │ 营销部：待办 1 张，待接单 0 张，超期 1 张                                                        │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │ !约  GD000001 首次联系超期 1工作日     处理中   投诉·服务态度  林美玲 138****8000 东平   营销部  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                 ┌─[阶段回复 GD000001]──────────────────────────────────────────┐                 │
        │                 │ 告诉客户办到哪一步、何时再答复；承诺时间写 YYYY-MM-DD        │                 │
        │                 │ HH:MM，过时未答复记为失约。                                  │                 │
        │                 │ 承诺时间                                                     │                 │
        │                 │ 向客户说明                                                   │                 │
        │                 │                                                              │                 │
        │                 │ Tab/↑↓ 换栏  Enter 下一栏/提交  F2 提交  Esc 取消            │                 │
        │                 └──────────────────────────────────────────────────────────────┘                 │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1帮助  Tab换栏  F2提交  Esc取消
        """)
        department.type("2026-11-24 12:00")
        department.press(.tab)
        department.type("录像已调出，明天中午前答复")
        XCTAssertEqual(department.press(.enter), .performWorkOrders([.interimReply(order: "GD000001", promisedAt: "2026-11-24 12:00",
                                                                                   note: "录像已调出，明天中午前答复")]))
    }

    func testTInTheCoordinatorPaneRecordsWhoTheComplaintIsAbout() throws {
        var coordinator = try pane(.coordinator, WorkOrderDesk.coordinator)
        coordinator.press(.character(":"))
        coordinator.type("1")
        coordinator.press(.enter, .escape)
        coordinator.press(.character("t"))
        XCTAssertTrue(coordinator.contains("被投诉人的工号或姓名（此人将不得处理或答复本单）"), coordinator.lines.joined(separator: "\n"))
        coordinator.type("D01")
        XCTAssertEqual(coordinator.press(.enter), .performWorkOrders([.recordComplainedAbout(order: "GD000001", person: "D01")]))
    }
}
