import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Issue 15: the manager's board names the clerks, explains its headings in help, and
/// opens a queue's waiting slips; at 200×60 it uses the width.
final class ManagerBoardTests: XCTestCase {
    private func board() throws -> PaneDriver {
        PaneDriver(ConsoleModel(start: .manager), state: try HallScenario.busyMorning().state)
    }

    func testCountersShowTheClerksNameBesideTheId() throws {
        let panel = try board()
        XCTAssertTrue(panel.contains("王营业 C02"), panel.lines.joined(separator: "\n"))
        XCTAssertTrue(panel.contains("李营业 C01"))
    }

    func testHelpExplainsTheHeadings() throws {
        var panel = try board()
        panel.press(.character("?"))
        let text = panel.lines.joined(separator: "\n")
        XCTAssertTrue(panel.contains("新到预计"), text)
        XCTAssertTrue(panel.contains("现在取号的人预计等多久"), text)
        XCTAssertTrue(panel.contains("空闲有人等"), text)
        XCTAssertTrue(panel.contains("叫号未到且未恢复"), text)
    }

    /// ↓ to queue C, Enter: its two waiting slips with how long each has waited; Esc back.
    func testEnterOnAQueueListsItsWaitingSlips() throws {
        var panel = try board()
        panel.press(.down, .enter)
        let text = panel.lines.joined(separator: "\n")
        XCTAssertTrue(panel.contains("C 新装增容与光伏：2 人等候"), text)
        XCTAssertTrue(panel.contains("Esc返回看板"), text)
        panel.press(.escape)
        XCTAssertTrue(panel.contains("空闲有人等"), "back on the board")
    }

    func testTheQueueSlipsAt80x24() throws {
        var panel = try board()
        panel.size = Size(width: 80, height: 24)
        panel.press(.down, .enter)
        assertSnapshot(panel.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────┐
        │ C 新装增容与光伏：2 人等候（优先类别在前，其余按取号先后；Esc 返回看板）     │
        │                                                                              │
        │ 号      业务                     类别                        已等  小票预计  │
        │ C002    居民新装                 老弱病残孕优先              11分       0分  │
        │ C001    居民新装                 普通                    19分超时       0分  │
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
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  Esc返回看板  q退出
        """)
    }

    func testTheBoardAt200x60() throws {
        let panel = try ScreenFitTests.floor(.manager)
        assertSnapshot(panel.render(size: ScreenFitTests.large), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                                                                                                                        日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┐
        │ ! 重大工单待确认 1 张：GD000003 触电事故（工单协调窗格按 a 确认）                                                                                                                                    │
        │ ! 超时：A 队最长已等 21 分钟，超过目标 15 分钟                                                                                                                                                       │
        │ ! 超时：C 队最长已等 19 分钟，超过目标 15 分钟                                                                                                                                                       │
        │ ! 空闲：1号窗口空闲，但其队列有人等候                                                                                                                                                                │
        │ 近一小时只到达 4 人，太少，暂不估算所需窗口数                                                                                                                                                        │
        │ 工单在办 3：待派 2  待接单 1                                                                                                                                                                         │
        │ 超期 1（营销部 1）  今日到期 1  重大待确认 1  批量预警 0  改进逾期 0                                                                                                                                 │
        │                                                                                                                                                                                                      │
        │ 队列                                                等候               最长已等 新到预计                                           今日办结               平均等候           P90           达标率    │
        │ A 缴费与票据                                           1               21分超时 约 0–5 分钟                                               0                      —             —                —    │
        │ C 新装增容与光伏                                       2               19分超时 约 20–50 分钟                                             0                      —             —                —    │
        │                                                                                                                                                                                                      │
        │ 窗口                            状态         营业员                                 手上的号                                     已办理                  今日办结                      空闲有人等    │
        │ 1号窗口                         开放         王营业 C02                             —                                                 —                         0                             9分    │
        │ 2号窗口                         开放         李营业 C01                             A002                                           13分                         0                             1分    │
        │                                                                                                                                                                                                      │
        │ 今日取号（每15分钟） 08:30 ▁▁▁█▃▁▁▁▁▁▁▁▁▁ 12:00  14:00 ▁▁▁▁▁▁▁▁▁▁▁▁▁▁ 17:30  峰值 3/15分 共 4                                                                                                        │
        │ 门口解答 1   一次性告知 1   过号 0   特批发号 0                                                                                                                                                      │
        │ 小票预计误差（今日已叫号）：A 中位 5分 ±5内 100%                                                                                                                                                     │
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
        F1/?帮助  Tab切换窗格  ↑↓选队列  Enter看等候的号  q退出
        """)
    }

    func testTheQueueSlipsAt100x30() throws {
        var panel = try board()
        panel.press(.down, .enter)
        assertSnapshot(panel.render(size: ScreenFitTests.medium), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────────────────────────┐
        │ C 新装增容与光伏：2 人等候（优先类别在前，其余按取号先后；Esc 返回看板）                         │
        │                                                                                                  │
        │ 号        业务                           类别                                已等     小票预计   │
        │ C002      居民新装                       老弱病残孕优先                      11分          0分   │
        │ C001      居民新装                       普通                            19分超时          0分   │
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
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  Esc返回看板  q退出
        """)
    }

    /// The board's help at 80×24: each heading's meaning wrapped whole, the rest a scroll away.
    func testTheBoardsHelpAt80x24() throws {
        var panel = try board()
        panel.size = ScreenFitTests.small
        panel.press(.character("?"))
        assertSnapshot(panel.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────┐
        │ ! 超时：┌─[帮助]───────────────────────────────────────────────────┐         │
        │ ! 超时：│                                                          │         │
        │ ! 空闲：│  F1 或 ?              打开/关闭本帮助                    │         │
        │ 近一小时│  Tab / Shift-Tab      切换到下一个/上一个窗格            │         │
        │ 工单看板│  F4                   换人：共用终端输入工号和 PIN       │         │
        │         │  ↑ ↓  Enter  Esc      选队列 / 列出此队等候的号和已等时  │         │
        │ 队列    │                       间 / 返回                          │ 达标率  │
        │ A 缴费与│  （只读）             看板随各终端的操作实时更新         │      —  │
        │ C 新装增│  等候                 此队现在等候的人数                 │      —  │
        │         │  最长已等             等得最久的一位已等多久；超过目标分 │         │
        │ 窗口    │                       钟数标「超时」                     │ 人等    │
        │ 1号窗口 │  新到预计             现在取号的人预计等多久（按开放窗口 │  9分    │
        │ 2号窗口 │                       和办理速度）                       │  1分    │
        │         │  平均等候 P90         今日已叫号的等候：平均，九成人不超 │         │
        │ 今日取号│                       过的分钟数                         │▁ 17:30  │
        │ 门口解答│  达标率               今日已叫号中在目标分钟数内叫到的比 │         │
        │ 小票预计│                       例                                 │         │
        │         │  按 Esc 或 ? 关闭  ↑↓ 翻看（第 1–15 行，共 24 行）       │         │
        │         └──────────────────────────────────────────────────────────┘         │
        └──────────────────────────────────────────────────────────────────────────────┘
        Esc关闭帮助
        """)
    }
}
