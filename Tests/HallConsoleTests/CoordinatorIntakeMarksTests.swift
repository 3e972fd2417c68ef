import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Imported orders that wait on the coordinator before any department: 待归类 (the call
/// centre's category name matched nothing) and 非本所属 (another station's territory).
/// Both are marked in the list and counted on the desk, and each is one key away.
final class CoordinatorIntakeMarksTests: XCTestCase {
    /// GD000001 an ordinary complaint; GD000002 imported as 待归类; GD000003 from 龙江's
    /// territory. Drawn at 09:41 on Monday 11-23.
    private func desk() throws -> PaneDriver {
        var desk = WorkOrderDesk()
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                              customer: WorkOrderDesk.customer("林美玲", phone: "13800138000", address: "乐从镇东平路 8 号", area: "东平"),
                                              description: "营业员态度生硬", hotlineNumber: "95598-1")), at: "2026-11-23 09:00")
        try desk.run(.receive(WorkOrderIntake(kind: .opinion, source: .hotline95598, category: "DGL",
                                              customer: WorkOrderDesk.customer("黄小姐", phone: "13702800003", address: "乐从镇水藤村 1 号", area: "水藤"),
                                              description: "小区充电桩报装太慢", hotlineNumber: "95598-2", reportedCategory: "新能源充电设施")),
                     at: "2026-11-23 09:05")
        var elsewhere = WorkOrderDesk.customer("何先生", phone: "13602800004", address: "龙江镇龙江大道 88 号", area: "龙江镇区")
        elsewhere.station = "龙江供电所"
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD", customer: elsewhere,
                                              description: "抢修人员态度差", hotlineNumber: "95598-3")), at: "2026-11-23 09:10")
        var driver = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        driver.facts = desk.facts(WorkOrderDesk.coordinator)
        return driver
    }

    func testTheDeskMarksAndCountsWhatOnlyTheCoordinatorSettles() throws {
        assertSnapshot(try desk().render(size: Size(width: 100, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────────────────────────┐
        │  1待派 3   2处理中 0   3临期 0   4超期 0   5待审核 0   6待回访 0   7待定责 0  [8全部 3]          │
        │ ! 待归类 1 张（GD000002），按 g 归类；非本所属地 1 张（GD000003），按 b 退回上级                 │
        │      工单号   时限                     状态     类别           客户   电话        区域   主办    │
        │      GD000001 首次联系剩 6时19分       待派     投诉·服务态度  林美玲 138****8000 东平           │
        │      GD000003 首次联系剩 6时29分       非本所属 投诉·服务态度  何先生 136****0004 龙江…          │
        │      GD000002 —                        待归类   意见·待归类    黄小姐 137****0003 水藤           │
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

    func testGClassifiesTheWaitingOrderAndBSendsTheOtherStationsUp() throws {
        var pane = try desk()
        pane.press(.character("g"))
        XCTAssertTrue(pane.contains("归类 GD000002（客服中心：新能源充电设施）"), pane.lines.joined(separator: "\n"))
        pane.type("td")
        XCTAssertEqual(pane.press(.enter), .performWorkOrders([.classify(order: "GD000002", category: "TD")]))

        var other = try desk()
        other.press(.character(":"))
        other.type("3")
        other.press(.enter, .escape)
        other.press(.character("b"))
        XCTAssertTrue(other.contains("退回上级 GD000003：非本所属地（属 龙江供电所）"), other.lines.joined(separator: "\n"))
        other.type("地址属龙江镇")
        XCTAssertEqual(other.press(.enter), .performWorkOrders([.returnToDispatcher(order: "GD000003", note: "地址属龙江镇")]))

        var ours = try desk()
        ours.press(.character(":"))
        ours.type("1")
        ours.press(.enter, .escape)
        ours.press(.character("b"))
        XCTAssertTrue(ours.contains("GD000001 属本所（乐从供电所），不能退回上级"), ours.lines.joined(separator: "\n"))
    }
}
