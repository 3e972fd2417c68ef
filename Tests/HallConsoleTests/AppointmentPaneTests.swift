import Foundation
import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Appointments on the floor: F11 at the guide's desk lists today's appointments still open
/// for check-in (phones masked for the guide), Enter takes one into the form and F5 checks
/// it in; the manager's panel counts today's appointments per hour.
final class AppointmentPaneTests: XCTestCase {
    /// The busy morning, with appointments booked at 09:20: 梁秀英 for 09:45 (check-in
    /// 09:30–09:55, open when the console draws at 09:41), 何志明 for 10:30, and 周丽 for
    /// 09:30, who checks in at 09:25.
    private func morning() throws -> HallScenario {
        var hall = try HallScenario.busyMorning()
        for (start, name, phone) in [("09:45", "梁秀英", "13800138000"), ("10:30", "何志明", "13900139000"), ("09:30", "周丽", "13700137000")] {
            try hall.run(.bookAppointment(AppointmentRequest(day: "2026-11-23", start: start, end: nil, businessType: "JF", name: name,
                                                             phone: phone, source: .phone)), at: 0)
        }
        try hall.run(.checkInAppointment(id: "Y20261123003", customerKind: .residential, presented: []), at: 5)
        return hall
    }

    private func guide() throws -> PaneDriver {
        var guide = PaneDriver(ConsoleModel(start: .guide), state: try morning().state)
        guide.facts = Fixtures.facts(member: Fixtures.guide)
        return guide
    }

    func testF11ListsTodaysAppointmentsAwaitingCheckInWithThePhoneMasked() throws {
        var guide = try guide()
        guide.press(.function(11))
        XCTAssertTrue(guide.contains("09:45–10:15 签到09:30–09:55  JF  梁秀英 138****8000 电话"), guide.lines.joined(separator: "\n"))
        XCTAssertTrue(guide.contains("10:30–11:00 签到10:15–10:40  JF  何志明 139****9000 电话"))
        XCTAssertFalse(guide.contains("周丽"), "checked in already")
    }

    func testChoosingAnAppointmentFillsTheFormAndF5ChecksItIn() throws {
        var guide = try guide()
        guide.press(.function(11), .enter)
        XCTAssertTrue(guide.contains("预约  Y20261123001 09:45–10:15 梁秀英 138****8000（电话）"), guide.lines.joined(separator: "\n"))
        XCTAssertTrue(guide.contains("已带入预约 Y20261123001（09:45–10:15）：核对资料后按 F5 签到发号"))
        XCTAssertEqual(guide.press(.function(5)), .perform(.checkInAppointment(id: "Y20261123001", customerKind: .residential, presented: [])))
        guide.press(.character("x"))
        guide.press(.control("u"))
        guide.type("jf")
        guide.press(.enter)
        XCTAssertEqual(guide.press(.function(5)), .perform(.issueSlip(businessType: "JF", customerKind: .residential, presented: [],
                                                                     priority: nil, override: nil, phone: nil)),
                       "a business chosen by search is an ordinary visit again")
    }

    func testACheckInOutsideTheWindowIsRefusedInThePane() throws {
        var guide = try guide()
        guide.press(.function(11), .down, .enter)
        guard case .perform(let command) = guide.press(.function(5)) else { return XCTFail("F5 should ask for a check-in") }
        var hall = try morning()
        XCTAssertThrowsError(try hall.run(command, at: 21)) { error in
            guide.model.record(.refused((error as? HallRefusal)?.message ?? ""))
        }
        XCTAssertTrue(guide.contains("还没到签到时间"), guide.lines.joined(separator: "\n"))
        XCTAssertEqual(guide.role(of: "预约 Y20261123002"), .error)
    }

    func testTheGuidesAppointmentListAt80x24() throws {
        var guide = try guide()
        guide.press(.function(11))
        assertSnapshot(guide.render(size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────┐
        │ 查找                                               ┌─ 各队等候 ─────────────┐│
        │                                                    │ A 缴费与票据           ││
        │                                                    │   等候 2 人  约 0–10 分││
        │                                                    │   钟                   ││
        │                                                    │ C 新装增容与光伏       ││
        │ 业务  未选择：在“查找”输入代码、拼音首字母（xz）、 │   等候 2 人  约 20–45  ││
        │       全拼（dianfei）、常用说法（缴费）或名称，    │   分钟                 ││
        │┌─[今天的预约（待签到）]─────────────────────────────────────────────────────┐│
        ││ >09:45–10:15 签到09:30–09:55  JF  梁秀英 138****8000 电话                  ││
        ││  10:30–11:00 签到10:15–10:40  JF  何志明 139****9000 电话                  ││
        ││                                                                            ││
        ││                                                                            ││
        ││                                                                            ││
        ││                                                                            ││
        ││                                                                            ││
        ││                                                                            ││
        ││                                                                            ││
        ││ ↑↓ 选择  Enter 带入表单（核对资料后 F5 签到）  Esc 返回                    ││
        │└────────────────────────────────────────────────────────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
        F1帮助  Enter确定  Esc取消
        """)
    }

    func testTheGuidesAppointmentListAt100x30() throws {
        var guide = try guide()
        guide.press(.function(11))
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────────────────────────┐
        │ 查找                                                             ┌─ 各队等候 ───────────────────┐│
        │                                                                  │ A 缴费与票据                 ││
        │                                                                  │   等候 2 人  约 0–10 分钟    ││
        │                                                                  │ C 新装增容与光伏             ││
        │                                                                  │   等候 2 人  约 20–45 分钟   ││
        │ 业务  未选择：在“查找”输入代码、拼音首字母（xz）、全拼（         │                              ││
        │       dianfei）、常用说法（缴费）或名称，Enter 选定              │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │           ┌─[今天的预约（待签到）]───────────────────────────────────────────────────┐          ││
        │           │ >09:45–10:15 签到09:30–09:55  JF  梁秀英 138****8000 电话                │          ││
        │           │  10:30–11:00 签到10:15–10:40  JF  何志明 139****9000 电话                │          ││
        │           │                                                                          │          ││
        │           │                                                                          │          ││
        │           │                                                                          │          ││
        │           │                                                                          │          ││
        │           │                                                                          │          ││
        │           │                                                                          │          ││
        │           │                                                                          │          ││
        │           │ ↑↓ 选择  Enter 带入表单（核对资料后 F5 签到）  Esc 返回                  │          ││
        │           └──────────────────────────────────────────────────────────────────────────┘──────────┘│
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1帮助  Enter确定  Esc取消
        """)
    }

    func testTheGuidesFormWithAnAppointmentAt80x24() throws {
        var guide = try guide()
        guide.press(.function(11), .enter)
        assertSnapshot(guide.render(size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────┐
        │ 查找                                               ┌─ 各队等候 ─────────────┐│
        │                                                    │ A 缴费与票据           ││
        │                                                    │   等候 2 人  约 0–10 分││
        │                                                    │   钟                   ││
        │                                                    │ C 新装增容与光伏       ││
        │ 业务  电费缴纳（JF）→ A 队 缴费与票据              │   等候 2 人  约 20–45  ││
        │ 预约  Y20261123001 09:45–10:15 梁秀英 138****8000  │   分钟                 ││
        │       （电话）                                     │                        ││
        │ 客户  [居民]  非居民    空格切换                   │                        ││
        │ 资料  本业务居民客户无需证照资料，可直接发号       │                        ││
        │ 优先  预约优先（签到发号，公平规则同样适用）       │                        ││
        │ 电话                       选填，↓ 到此处输入      │                        ││
        │ 短信  [ ] 同意短信提醒（须留电话）   空格切换      │                        ││
        │                                                    │                        ││
        │ 已带入预约 Y20261123001（09:45–10:15）：核对资料后 │                        ││
        │ 按 F5 签到发号                                     │                        ││
        │                                                    │                        ││
        │                                                    └────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
        F1帮助  F5签到发号  空格勾选/切换  ↑↓移动  F7门口解答  F11预约签到  F10补打小票
        F12下一位  F8预填登记  Tab切换窗格
        """)
    }

    private func manager() throws -> PaneDriver {
        var hall = try morning()
        // 梁秀英's window closes at 09:55: missed when a console polls after it.
        try hall.run(.recordMissedAppointments, at: 36)
        return PaneDriver(ConsoleModel(start: .manager), state: hall.state)
    }

    func testTheManagerSeesTodaysAppointmentsPerHour() throws {
        let panel = try manager()
        XCTAssertTrue(panel.contains("今日预约（约/到/失约）：09时 2/1/1  10时 1/0/0"), panel.lines.joined(separator: "\n"))
    }

    func testTheManagerPanelWithAppointmentsAt80x24() throws {
        assertSnapshot(try manager().render(size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────┐
        │ ! 超时：A 队最长已等 21 分钟，超过目标 15 分钟                               │
        │ ! 超时：C 队最长已等 19 分钟，超过目标 15 分钟                               │
        │ ! 空闲：1号窗口空闲，但其队列有人等候                                        │
        │ 已有 4 人在等，15 分钟内叫到需开 3 个窗口；全部 2 个都开，约 19 分钟才能叫到 │
        │ 最后一位（现开 2 个）（今日尚无办结，办理时长暂按业务目录）                  │
        │ 工单看板暂不能显示：工单设置未能载入（原因不明）                             │
        │                                                                              │
        │ 队列             等候 最长已等 新到预计      今日办结 平均等候   P90 达标率  │
        │ A 缴费与票据        2 21分超时 约 0–10 分钟         0        —     —      —  │
        │ C 新装增容与光伏    2 19分超时 约 20–45 分钟        0        —     —      —  │
        │                                                                              │
        │ 窗口        状态 营业员         手上的号     已办理  今日办结  空闲有人等    │
        │ 1号窗口     开放 王营业 C02     —                 —         0         9分    │
        │ 2号窗口     开放 李营业 C01     A002           13分         0         1分    │
        │                                                                              │
        │ 今日取号（每15分钟） 08:30 ▁▁▁█▃▁▁▁▁▁▁▁▁▁ 12:00  14:00 ▁▁▁▁▁▁▁▁▁▁▁▁▁▁ 17:30  │
        │ 今日预约（约/到/失约）：09时 2/1/1  10时 1/0/0                               │
        │ 门口解答 1   一次性告知 1   过号 0   特批发号 0                              │
        │ 小票预计误差（今日已叫号）：A 中位 5分 ±5内 100%                             │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  Tab切换窗格  ↑↓选队列  Enter看等候的号  q退出
        """)
    }

    func testTheManagerPanelWithAppointmentsAt100x30() throws {
        assertSnapshot(try manager().render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [现场看板]  报表   事件日志
        ┌─[现场看板]───────────────────────────────────────────────────────────────────────────────────────┐
        │ ! 超时：A 队最长已等 21 分钟，超过目标 15 分钟                                                   │
        │ ! 超时：C 队最长已等 19 分钟，超过目标 15 分钟                                                   │
        │ ! 空闲：1号窗口空闲，但其队列有人等候                                                            │
        │ 已有 4 人在等，15 分钟内叫到需开 3 个窗口；全部 2 个都开，约 19 分钟才能叫到最后一位（现开 2     │
        │ 个）（今日尚无办结，办理时长暂按业务目录）                                                       │
        │ 工单看板暂不能显示：工单设置未能载入（原因不明）                                                 │
        │                                                                                                  │
        │ 队列                  等候   最长已等 新到预计            今日办结   平均等候    P90  达标率     │
        │ A 缴费与票据             2   21分超时 约 0–10 分钟               0          —      —       —     │
        │ C 新装增容与光伏         2   19分超时 约 20–45 分钟              0          —      —       —     │
        │                                                                                                  │
        │ 窗口            状态   营业员             手上的号           已办理     今日办结      空闲有人等 │
        │ 1号窗口         开放   王营业 C02         —                       —            0             9分 │
        │ 2号窗口         开放   李营业 C01         A002                 13分            0             1分 │
        │                                                                                                  │
        │ 今日取号（每15分钟） 08:30 ▁▁▁█▃▁▁▁▁▁▁▁▁▁ 12:00  14:00 ▁▁▁▁▁▁▁▁▁▁▁▁▁▁ 17:30  峰值 4/15分 共 5    │
        │ 今日预约（约/到/失约）：09时 2/1/1  10时 1/0/0                                                   │
        │ 门口解答 1   一次性告知 1   过号 0   特批发号 0                                                  │
        │ 小票预计误差（今日已叫号）：A 中位 5分 ±5内 100%                                                 │
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

    /// A guide with 陈伟's appointment for 居民新装 (JMXZ, two documents) at 09:45 taken into
    /// the form, neither document shown.
    private func newConnectionInForm(size: Size = Size(width: 100, height: 30)) throws -> PaneDriver {
        var hall = try HallScenario.busyMorning()
        try hall.run(.bookAppointment(AppointmentRequest(day: "2026-11-23", start: "09:45", end: nil, businessType: "JMXZ", name: "陈伟",
                                                         phone: "13600136000", source: .onlineGrid)), at: 0)
        var guide = PaneDriver(ConsoleModel(start: .guide), state: hall.state)
        guide.facts = Fixtures.facts(member: Fixtures.guide)
        guide.size = size
        guide.press(.function(11), .enter)
        return guide
    }

    /// F9 on a form filled from an appointment: the manager's approval checks the customer
    /// in (appointment priority kept), rather than issuing an ordinary slip beside a booking
    /// left open.
    func testF9OnAnAppointmentAsksTheManagerAndChecksItIn() throws {
        var guide = try newConnectionInForm()
        guide.press(.function(9))
        XCTAssertTrue(guide.contains("缺 用电人身份证原件、房屋产权证明"), guide.lines.joined(separator: "\n"))
        guide.type("M01")
        guide.press(.enter)
        guide.type("482135")
        guide.press(.enter)
        guide.type("产权证明原件由家属送到")
        let approval = ChecklistOverride(approvedBy: "M01", reason: "产权证明原件由家属送到")
        XCTAssertEqual(guide.press(.enter), .performApproved(.checkInAppointment(id: "Y20261123001", customerKind: .residential,
                                                                                 presented: [], override: approval),
                                                             approver: "M01", pin: "482135"))
    }

    /// ←→ on the priority row while an appointment is in the form: the check-in gives
    /// appointment priority whatever the row says, so the row does not change and the guide
    /// is told why, and what to do for a 绿色通道 or 老弱病残孕 customer.
    func testThePriorityRowOfAnAppointmentDoesNotChangeAndSaysWhyAt80x24() throws {
        var guide = try newConnectionInForm(size: Size(width: 80, height: 24))
        guide.press(.down, .down, .right)
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────┐
        │ 查找                                               ┌─ 各队等候 ─────────────┐│
        │ 业务  居民新装（JMXZ）→ C 队 新装增容与光伏        │ A 缴费与票据           ││
        │ 预约  Y20261123001 09:45–10:15 陈伟 136****6000（  │   等候 1 人  约 0–5 分 ││
        │       网上国网）                                   │   钟                   ││
        │ 客户  [居民]  非居民    空格切换                   │ C 新装增容与光伏       ││
        │ 资料  空格勾选，↑↓ 移动，打字即重新查找            │   等候 2 人  约 20–50  ││
        │        [ ] 用电人身份证原件                        │   分钟                 ││
        │        [ ] 房屋产权证明                            │                        ││
        │ 还缺  用电人身份证原件、房屋产权证明（不能发号）   │                        ││
        │ 表单  《居民生活用电申请表》（可在等候时预填）     │                        ││
        │ 优先  预约优先（签到发号，公平规则同样适用）       │                        ││
        │ 电话                       选填，↓ 到此处输入      │                        ││
        │ 短信  [ ] 同意短信提醒（须留电话）   空格切换      │                        ││
        │                                                    │                        ││
        │ 预约客户签到后按“预约优先”排队，不能改选优先类别； │                        ││
        │ 如客户属绿色通道或老弱病残孕，请按 F12 清空表单，  │                        ││
        │ 按普通客户选优先类别取号                           │                        ││
        │                                                    └────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
        F1帮助  F6告知单  F9特批发号  空格勾选/切换  ↑↓移动  F7门口解答  F11预约签到
        F10补打小票  F12下一位  F8预填登记  Tab切换窗格
        """)
    }

    func testThePriorityRowOfAnAppointmentDoesNotChangeAndSaysWhyAt100x30() throws {
        var guide = try newConnectionInForm()
        guide.press(.down, .down, .left)
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────────────────────────┐
        │ 查找                                                             ┌─ 各队等候 ───────────────────┐│
        │                                                                  │ A 缴费与票据                 ││
        │                                                                  │   等候 1 人  约 0–5 分钟     ││
        │                                                                  │ C 新装增容与光伏             ││
        │                                                                  │   等候 2 人  约 20–50 分钟   ││
        │ 业务  居民新装（JMXZ）→ C 队 新装增容与光伏                      │                              ││
        │ 预约  Y20261123001 09:45–10:15 陈伟 136****6000（网上国网）      │                              ││
        │ 客户  [居民]  非居民    空格切换                                 │                              ││
        │ 资料  空格勾选，↑↓ 移动，打字即重新查找                          │                              ││
        │        [ ] 用电人身份证原件                                      │                              ││
        │        [ ] 房屋产权证明                                          │                              ││
        │ 还缺  用电人身份证原件、房屋产权证明（不能发号）                 │                              ││
        │ 表单  《居民生活用电申请表》（可在等候时预填）                   │                              ││
        │ 优先  预约优先（签到发号，公平规则同样适用）                     │                              ││
        │ 电话                       选填，↓ 到此处输入                    │                              ││
        │ 短信  [ ] 同意短信提醒（须留电话）   空格切换                    │                              ││
        │                                                                  │                              ││
        │ 预约客户签到后按“预约优先”排队，不能改选优先类别；如客户属绿色通 │                              ││
        │ 道或老弱病残孕，请按 F12 清空表单，按普通客户选优先类别取号      │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  └──────────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1帮助  F6告知单  F9特批发号  空格勾选/切换  ↑↓移动  F7门口解答  F11预约签到  F10补打小票  F12下一位
        F8预填登记  Tab切换窗格
        """)
    }
}
