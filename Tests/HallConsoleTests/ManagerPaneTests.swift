import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The manager's live panel over a busy morning: numbers per queue and counter, today's
/// flow, and alerts in words.
final class ManagerPaneTests: XCTestCase {
    private func manager() throws -> PaneDriver {
        PaneDriver(ConsoleModel(start: .manager), state: try HallScenario.busyMorning().state)
    }

    func testAnOverTargetWaitAndAnIdleCounterRaiseAlerts() throws {
        let panel = try manager()
        XCTAssertTrue(panel.contains("超时：A 队最长已等 21 分钟，超过目标 15 分钟"), panel.lines.joined(separator: "\n"))
        XCTAssertEqual(panel.role(of: "超时：A 队"), .overdue)
        XCTAssertTrue(panel.contains("空闲：1号窗口空闲，但其队列有人等候"))
        XCTAssertEqual(panel.role(of: "空闲：1号窗口"), .warning)
    }

    /// The session works the queues' figures out once per log change and minute and hands
    /// them over; the panel shows those rather than forecasting every queue again per key.
    func testThePanelShowsTheQueueFiguresTheSessionHandsOver() throws {
        var panel = try manager()
        var queues = panel.state.queueSummaries(catalog: panel.facts.catalog, now: panel.facts.now)
        queues[0].waiting = 42
        panel.facts.queues = queues
        XCTAssertTrue(panel.contains("A 缴费与票据            42"), panel.lines.joined(separator: "\n"))
    }

    func testIdleWhileItsQueuesWaitIsCountedPerCounter() throws {
        let panel = try manager()
        let counters = try HallScenario.busyMorning().state.counterSummaries(catalog: Fixtures.catalog, now: Fixtures.facts().now)
        // Counter 2 (C, A) opened at 09:25 with three waiting and called A002 at 09:26; counter 1
        // (A) opened at 09:32 with A001 waiting and still had nothing in hand at 09:41.
        XCTAssertEqual(counters.map(\.idleWithCustomersMinutes), [9, 1])
        XCTAssertTrue(panel.contains("空闲有人等"))
    }

    /// Counter 1 (A only) is open, counter 2 (C and A) is not: a C customer waits for a
    /// counter nobody will open unless the manager is told which one could.
    func testAQueueNoOpenCounterServesIsAnAlertNamingTheCountersThatCould() throws {
        var hall = HallScenario()
        try hall.run(.openCounter(counter: 1), at: 0, by: Fixtures.clerk)
        try hall.run(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: ["用电人身份证原件", "房屋产权证明"],
                                priority: nil, override: nil, phone: nil), at: 1)
        let panel = PaneDriver(ConsoleModel(start: .manager), state: hall.state)
        let screen = panel.lines.joined(separator: "\n")
        XCTAssertTrue(panel.contains("超时：C 队最长已等 20 分钟，超过目标 15 分钟（开放的窗口都不办理 C 队）"), screen)
        XCTAssertTrue(panel.contains("无窗口：C 队 1 人等候，开放的窗口都不办理此队；可开 2 号窗口"), screen)
        XCTAssertEqual(panel.role(of: "无窗口：C 队"), .overdue)
        let row = try XCTUnwrap(panel.lines.first { $0.hasPrefix("│ C ") }, screen)
        XCTAssertTrue(row.contains("暂无开放窗口办理") && !row.contains("…"), "the queue table says it whole: \(row)")
        XCTAssertFalse(panel.contains("无告警"))
    }

    func testAQuietHallHasNoAlerts() {
        let panel = PaneDriver(ConsoleModel(start: .manager))
        XCTAssertTrue(panel.contains("无告警"))
        XCTAssertFalse(panel.contains("超时："))
    }

    func testTheManagerPanelAt100x30() throws {
        assertSnapshot(try manager().render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────────────────────────┐
        │ ! 超时：A 队最长已等 21 分钟，超过目标 15 分钟                                                   │
        │ ! 超时：C 队最长已等 19 分钟，超过目标 15 分钟                                                   │
        │ ! 空闲：1号窗口空闲，但其队列有人等候                                                            │
        │ 近一小时只到达 4 人，太少，暂不估算所需窗口数                                                    │
        │ 工单看板暂不能显示：工单设置未能载入（原因不明）                                                 │
        │                                                                                                  │
        │ 队列                  等候   最长已等 新到预计            今日办结   平均等候    P90  达标率     │
        │ A 缴费与票据             1   21分超时 约 0–5 分钟                0          —      —       —     │
        │ C 新装增容与光伏         2   19分超时 约 20–50 分钟              0          —      —       —     │
        │                                                                                                  │
        │ 窗口            状态   营业员             手上的号           已办理     今日办结      空闲有人等 │
        │ 1号窗口         开放   王营业 C02         —                       —            0             9分 │
        │ 2号窗口         开放   李营业 C01         A002                 13分            0             1分 │
        │                                                                                                  │
        │ 今日取号（每15分钟） 08:30 ▁▁▁█▃▁▁▁▁▁▁▁▁▁ 12:00  14:00 ▁▁▁▁▁▁▁▁▁▁▁▁▁▁ 17:30  峰值 3/15分 共 4    │
        │ 门口解答 1   一次性告知 1   过号 0   特批发号 0                                                  │
        │ 小票预计误差（今日已叫号）：A 中位 5分 ±5内 100%                                                 │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  ↑↓选队列  Enter看等候的号  q退出
        """)
    }

    func testTheManagerPanelAt80x24() throws {
        assertSnapshot(try manager().render(size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────┐
        │ ! 超时：A 队最长已等 21 分钟，超过目标 15 分钟                               │
        │ ! 超时：C 队最长已等 19 分钟，超过目标 15 分钟                               │
        │ ! 空闲：1号窗口空闲，但其队列有人等候                                        │
        │ 近一小时只到达 4 人，太少，暂不估算所需窗口数                                │
        │ 工单看板暂不能显示：工单设置未能载入（原因不明）                             │
        │                                                                              │
        │ 队列             等候 最长已等 新到预计      今日办结 平均等候   P90 达标率  │
        │ A 缴费与票据        1 21分超时 约 0–5 分钟          0        —     —      —  │
        │ C 新装增容与光伏    2 19分超时 约 20–50 分钟        0        —     —      —  │
        │                                                                              │
        │ 窗口        状态 营业员         手上的号     已办理  今日办结  空闲有人等    │
        │ 1号窗口     开放 王营业 C02     —                 —         0         9分    │
        │ 2号窗口     开放 李营业 C01     A002           13分         0         1分    │
        │                                                                              │
        │ 今日取号（每15分钟） 08:30 ▁▁▁█▃▁▁▁▁▁▁▁▁▁ 12:00  14:00 ▁▁▁▁▁▁▁▁▁▁▁▁▁▁ 17:30  │
        │ 门口解答 1   一次性告知 1   过号 0   特批发号 0                              │
        │ 小票预计误差（今日已叫号）：A 中位 5分 ±5内 100%                             │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  ↑↓选队列  Enter看等候的号  q退出
        """)
    }

    func testWithoutWorkOrderSettingsTheRadarSaysSoInOneLine() throws {
        var panel = try manager()
        panel.facts.workOrderSettingsProblem = "缺少 seeds/deadlines.toml"
        XCTAssertTrue(panel.contains("工单看板暂不能显示：工单设置未能载入（缺少 seeds/deadlines.toml）"), panel.lines.joined(separator: "\n"))
        XCTAssertEqual(panel.role(of: "工单看板暂不能显示"), .error)
    }

    /// Monday 09:41 at the work-order desk: GD000001 late in 营销部, GD000002 due at 10:00
    /// and not dispatched, GD000003 a major report nobody acknowledged, and a case on
    /// GD000001 that was due on Friday. The radar takes two rows and the tables still fit.
    func testTheWorkOrderRadarAt80x24() throws {
        var desk = try WorkOrderDesk.monday()
        try desk.run(.openCase(ImprovementCaseDraft(rootCause: "新营业员未培训", action: "服务规范培训", ownerDepartment: "营销部",
                                                    dueDay: "2026-11-20", orders: ["GD000001"])), at: "2026-11-19 10:00")
        var state = try HallScenario.busyMorning().state
        state.workOrders = desk.state.workOrders
        var panel = PaneDriver(ConsoleModel(start: .manager), state: state)
        panel.facts = desk.facts(Fixtures.manager)
        XCTAssertEqual(panel.role(of: "超期 1（营销部 1）"), .overdue)
        assertSnapshot(panel.render(size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────┐
        │ ! 重大工单待确认 1 张：GD000003 触电事故（工单协调窗格按 a 确认）            │
        │ ! 超时：A 队最长已等 21 分钟，超过目标 15 分钟                               │
        │ ! 超时：C 队最长已等 19 分钟，超过目标 15 分钟                               │
        │ ! 空闲：1号窗口空闲，但其队列有人等候                                        │
        │ 近一小时只到达 4 人，太少，暂不估算所需窗口数                                │
        │ 工单在办 3：待派 2  待接单 1                                                 │
        │ 超期 1（营销部 1）  今日到期 1  重大待确认 1  批量预警 0  改进逾期 1         │
        │                                                                              │
        │ 队列             等候 最长已等 新到预计      今日办结 平均等候   P90 达标率  │
        │ A 缴费与票据        1 21分超时 约 0–5 分钟          0        —     —      —  │
        │ C 新装增容与光伏    2 19分超时 约 20–50 分钟        0        —     —      —  │
        │                                                                              │
        │ 窗口        状态 营业员         手上的号     已办理  今日办结  空闲有人等    │
        │ 1号窗口     开放 王营业 C02     —                 —         0         9分    │
        │ 2号窗口     开放 李营业 C01     A002           13分         0         1分    │
        │                                                                              │
        │ 今日取号（每15分钟） 08:30 ▁▁▁█▃▁▁▁▁▁▁▁▁▁ 12:00  14:00 ▁▁▁▁▁▁▁▁▁▁▁▁▁▁ 17:30  │
        │ 门口解答 1   一次性告知 1   过号 0   特批发号 0                              │
        │ 小票预计误差（今日已叫号）：A 中位 5分 ±5内 100%                             │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  ↑↓选队列  Enter看等候的号  q退出
        """)
    }
}

/// The staffing line: the last hour's arrivals and today's service minutes through Erlang C.
final class ManagerStaffingTests: XCTestCase {
    /// The busy morning plus six 电费缴纳 customers by 09:38, and counter 2 finishing A002
    /// after twelve minutes: ten arrivals in the hour at twelve minutes each is two Erlangs,
    /// which three counters carry with a 5-minute average wait (Erlang C). But nine already
    /// wait, about 45 minutes of work: reaching them within 15 minutes while the flow goes
    /// on takes 2 + 45 / 15 = 5.
    private func busyHour() throws -> HallScenario {
        var hall = try HallScenario.busyMorning()
        for minute in stride(from: 13.0, through: 18, by: 1) {
            try hall.run(.issueSlip(businessType: "JF", customerKind: .residential, presented: [], priority: nil,
                                    override: nil, phone: nil), at: minute)
        }
        try hall.run(.finishService(counter: 2), at: 20, by: Fixtures.clerk)
        return hall
    }

    func testTheManagerIsToldHowManyCountersTheStandingQueueNeeds() throws {
        let hall = try busyHour()
        var panel = PaneDriver(ConsoleModel(start: .manager), state: hall.state)
        panel.facts.catalog.counters += (3...6).map { CounterDefinition(number: $0, name: "\($0)号窗口", queues: ["A", "C"]) }
        let line = "已有 9 人在等，按当前到达与办理速度，需开 5 个窗口（现开 2 个）才能在 15 分钟内叫到他们"
        XCTAssertTrue(panel.contains(line), panel.lines.joined(separator: "\n"))
        XCTAssertEqual(panel.role(of: "已有 9 人在等"), .warning)
        let need = StaffingNeed(day: hall.state.today, catalog: panel.facts.catalog, now: panel.facts.now)
        XCTAssertEqual(need.countersNeeded, 3, "Erlang C alone, for the steady flow")
    }

    /// The fixture hall has two counters, both open, and the flow alone is two Erlangs:
    /// opening everything still does not catch up, and the line says so in red.
    func testMoreThanTheHallHasIsSaidPlainly() throws {
        let panel = PaneDriver(ConsoleModel(start: .manager), state: try busyHour().state)
        let line = "已有 9 人在等，15 分钟内叫到需开 5 个窗口；全部 2 个都开，也赶不上到达的速度（现开 2 个）"
        XCTAssertTrue(panel.contains(line), panel.lines.joined(separator: "\n"))
        XCTAssertEqual(panel.role(of: "已有 9 人在等"), .overdue)
    }

    func testAQuietHourSaysWhyThereIsNoEstimate() throws {
        let panel = PaneDriver(ConsoleModel(start: .manager), state: try HallScenario.busyMorning().state)
        XCTAssertTrue(panel.contains("近一小时只到达 4 人，太少，暂不估算所需窗口数"), panel.lines.joined(separator: "\n"))
        XCTAssertEqual(panel.role(of: "近一小时只到达"), .muted)
    }
}

final class ManagerEstimateAccuracyTests: XCTestCase {
    func testTheManagerSeesHowCloseTodaysPromisesCame() throws {
        let panel = PaneDriver(ConsoleModel(start: .manager), state: try HallScenario.busyMorning().state)
        XCTAssertTrue(panel.contains("小票预计误差（今日已叫号）：A 中位"), panel.lines.joined(separator: "\n"))
    }
}
