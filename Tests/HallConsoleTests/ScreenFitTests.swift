import Foundation
import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Issue 15: every pane keeps its key line and its verdicts whole at 80×24 — wrapped or
/// scrolled, never cut mid-message — and uses a 200×60 screen. Each pane is drawn with the
/// busy morning and the Monday work-order desk, and no line on screen may end in a 「…」
/// that cut it.
final class ScreenFitTests: XCTestCase {
    static let small = Size(width: 80, height: 24)
    static let medium = Size(width: 100, height: 30)
    static let large = Size(width: 200, height: 60)

    /// The busy morning's queues with the Monday desk's orders, seen by the manager.
    static func floor(_ pane: PaneID) throws -> PaneDriver {
        let desk = try WorkOrderDesk.monday()
        var state = try HallScenario.busyMorning().state
        state.workOrders = desk.state.workOrders
        var driver = PaneDriver(ConsoleModel(start: pane), state: state)
        driver.facts = desk.facts(Fixtures.manager)
        return driver
    }

    /// The lines of a screen that a 「…」 cut; on the event log the list's lines may be cut,
    /// as the selected record is then shown whole under the list.
    static func cut(_ driver: PaneDriver, size: Size) -> [String] {
        let cut = snapshotLines(driver.render(size: size)).filter { $0.contains(String(TextFit.ellipsis)) }
        guard driver.model.pane == .eventLog else { return cut }
        return cut.filter { $0.range(of: #"^│ *[0-9]+ "#, options: .regularExpression) == nil }
    }

    /// The record before the newest (C002 for 老弱病残孕优先) is longer than its line at
    /// 80×24: selected, it is shown whole under the list.
    func testTheEventLogShowsTheSelectedRecordWholeAt80x24() throws {
        var driver = try Self.screen(.eventLog)
        driver.size = Self.small
        driver.press(.up)
        let lines = snapshotLines(driver.render(size: Self.small))
        let seq = driver.facts.recent[driver.facts.recent.count - 2].seq
        XCTAssertTrue(lines.contains { $0.contains("│ 第 \(seq) 条：") }, lines.joined(separator: "\n"))
        XCTAssertEqual(Self.cut(driver, size: Self.small), [], lines.joined(separator: "\n"))
    }

    /// November's report over the Monday desk and the busy morning.
    static func november() throws -> PeriodReport {
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        var fold = PeriodReportFold(period: try XCTUnwrap(ReportPeriod.month(year: 2026, month: 11, zone: zone)), waitTargetMinutes: 15)
        for recorded in try WorkOrderDesk.monday().records + HallScenario.busyMorning().records { fold.add(recorded) }
        return fold.report()
    }

    /// The pane as the floor shows it, the morning's records in the event log; the counter
    /// pane at counter 2, which holds A002; the department pane at 营销部.
    static func screen(_ pane: PaneID) throws -> PaneDriver {
        var driver = try floor(pane)
        let state = driver.state
        if pane == .counter {
            let facts = driver.facts
            driver = PaneDriver(ConsoleModel(start: .counter, counter: 2), state: state)
            driver.facts = facts
        }
        if pane == .department {
            driver = PaneDriver(ConsoleModel(start: .department, department: "营销部"), state: state)
            driver.facts = try WorkOrderDesk.monday().facts(WorkOrderDesk.marketing)
        }
        driver.facts.monthReport = try november()
        driver.facts.recent = try WorkOrderDesk.monday().records + HallScenario.busyMorning().records
        return driver
    }

    func testNoPaneCutsALineAt80x24100x30Or200x60() throws {
        for pane in PaneID.allCases {
            for size in [Self.small, Self.medium, Self.large] {
                var driver = try Self.screen(pane)
                driver.size = size
                XCTAssertEqual(Self.cut(driver, size: size), [], "\(pane) at \(size.width)×\(size.height)")
                driver.press(.character("?"))
                XCTAssertEqual(Self.cut(driver, size: size), [], "help over \(pane) at \(size.width)×\(size.height)")
            }
        }
    }

    /// The real seeds' 过户 list at the guide: four documents missing name themselves in
    /// full under 「还缺」, wrapped in the form's column.
    func testTheGuidesMissingLineWrapsAt80x24() throws {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.size = Self.small
        guide.facts.catalog.businessTypes[1].documents[.residential] = ["新户主身份证原件", "房屋产权证明（房产证或购房合同）",
                                                                        "原户主身份证与过户协议", "电费缴清证明"]
        guide.type("xz")
        guide.press(.enter)
        let lines = snapshotLines(guide.render())
        XCTAssertEqual(Self.cut(guide, size: Self.small), [], lines.joined(separator: "\n"))
        for part in ["还缺  新户主身份证原件、房屋产权证明（房产证或购房", "合同）、原户主身份证与过户协议、电费缴清证明", "（不能发号）"] {
            XCTAssertTrue(lines.contains { $0.contains(part) }, lines.joined(separator: "\n"))
        }
    }

    /// The help for the coordinator has more keys than 80×24 shows: the box says so and
    /// scrolls, and every meaning is wrapped whole.
    func testTheCoordinatorsHelpScrollsAt80x24() throws {
        var driver = try Self.floor(.coordinator)
        driver.size = Self.small
        driver.press(.character("?"))
        XCTAssertTrue(driver.contains("↑↓ 翻看"), driver.lines.joined(separator: "\n"))
        for _ in 0..<40 { driver.press(.down) }
        let lines = snapshotLines(driver.render(size: Self.small))
        XCTAssertTrue(lines.contains { $0.contains("t") && $0.contains("登记投诉工单的被投诉人") }, lines.joined(separator: "\n"))
        XCTAssertEqual(Self.cut(driver, size: Self.small), [])
    }

    /// A form's verdict stays on screen at 80×24 however long the form is.
    func testAFormsErrorStaysWholeAt80x24() throws {
        let desk = try WorkOrderDesk.monday()
        var pane = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        pane.facts = desk.facts(WorkOrderDesk.coordinator)
        pane.size = Self.small
        pane.press(.character("N"))
        pane.press(.control("u"))
        pane.type("抱怨")
        XCTAssertEqual(pane.press(.function(2)), .keepGoing)
        let lines = snapshotLines(pane.render(size: Self.small))
        XCTAssertTrue(lines.contains { $0.contains("类别“抱怨”不认识") }, lines.joined(separator: "\n"))
        XCTAssertEqual(Self.cut(pane, size: Self.small), [], lines.joined(separator: "\n"))
    }

    /// The reports' hall half: both halves' tables widen at 200×60.
    func testTheReportsAt200x60() throws {
        var driver = try Self.screen(.reports)
        driver.size = Self.large
        driver.press(.right)
        assertSnapshot(driver.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                                                                                                                        日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调   现场看板  [报表]  事件日志
        ┌─[报表]───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
        │  1工单  [2营业厅]                                                                                                                                                                                    │
        │ 2026-11-01 至 2026-11-30，记录至第 10 条（r 刷新）                                                                                                                                                   │
        │                                                                                                                                                                                                      │
        │                                            取号                  办结                           平均等候                       P90                    15分内              告知              过号     │
        │ 合计                                          4                     0                                5分                       5分                      100%                 1                 0     │
        │ 高峰日                                        4                     0                                5分                       5分                      100%                 1                 0     │
        │ 其他日                                        0                     0                                  —                         —                         —                 0                 0     │
        │                                                                                                                                                                                                      │
        │ 每日取号 █                                                                                                                                                                                           │
        │                                                                                                                                                                                                      │
        │ 各时段取号                                                                                                                                                                                           │
        │ 09时 █████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████ 4 │
        │                                                                                                                                                                                                      │
        │ 预计等候的准确度：A 队 误差中位 5分  C 队 误差中位 —                                                                                                                                                 │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  ←→工单/营业厅  r刷新  q退出
        """)
    }

    /// The coordinator's order table: at 80×24 only whole columns, at 200×60 every column wider.
    func testTheCoordinatorsTableAt80x24And200x60() throws {
        let driver = try Self.screen(.coordinator)
        assertSnapshot(driver.render(size: Self.small), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────┐
        │  1待派 2   2处理中 1   3临期 1   4超期 1   5待审核 0   6待回访 0             │
        │ ! 重大工单待确认 1 张：GD000003 触电事故（工单协调窗格按 a 确认）            │
        │      工单号   时限                       状态     类别            客户       │
        │ !    GD000001 首次联系超期 1工作日       待接单   投诉·服务态度   林美玲     │
        │      GD000002 首次联系剩 19分            待派     投诉·服务态度   黄志坚     │
        │ 重   GD000003 —                          待派     举报·触电事故   陈伯       │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  q退出  ←→分区  Enter详情  d派单  p催办  c确认回退  r审核  f回访  x办结
        j定责  a确认重大  R撤回  P督办  k确认升级  v标记  /筛选  :跳转  N受理  h会诊
        L关联批量
        """)
        assertSnapshot(driver.render(size: Self.large), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                                                                                                                        日志 0 条  2026-11-23 09:41
         首页   导引台  [工单协调]  现场看板   报表   事件日志
        ┌─[工单协调]───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
        │  1待派 2   2处理中 1   3临期 1   4超期 1   5待审核 0   6待回访 0   7待定责 0  [8全部 3]                                                                                                              │
        │ ! 重大工单待确认 1 张：GD000003 触电事故（工单协调窗格按 a 确认）                                                                                                                                    │
        │          工单号            时限                                                状态              类别                           客户         电话                    区域         主办               │
        │ !        GD000001          首次联系超期 1工作日                                待接单            投诉·服务态度                  林美玲       138****8000             东平         营销部             │
        │          GD000002          首次联系剩 19分                                     待派              投诉·服务态度                  黄志坚       139****2222             水藤                            │
        │ 重       GD000003          —                                                   待派              举报·触电事故                  陈伯         136****4444             腾冲                            │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        │                                                                                                                                                                                                      │
        └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  q退出  ←→分区  Enter详情  d派单  p催办  c确认回退  r审核  f回访  x办结  j定责  a确认重大  R撤回  P督办  k确认升级  v标记  /筛选  :跳转  N受理  h会诊  L关联批量
        """)
    }
}
