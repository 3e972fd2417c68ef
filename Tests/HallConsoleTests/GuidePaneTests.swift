import Foundation
import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The guide at the door: find the business, tick the documents, then a slip, a notice or
/// a door answer, never a slip with documents missing unless a manager approves.
final class GuidePaneTests: XCTestCase {
    private let documents = ["用电人身份证原件", "房屋产权证明"]

    func testTypingPinyinInitialsListsTheBusinessLive() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        XCTAssertTrue(guide.contains("JMXZ  居民新装  → C 队"), guide.lines.joined(separator: "\n"))
        guide.press(.backspace, .backspace)
        guide.type("电费")
        XCTAssertTrue(guide.contains("JF  电费缴纳  → A 队"))
        XCTAssertFalse(guide.contains("居民新装"))
    }

    func testACompleteChecklistIssuesASlipWithTheTickedDocumentsAndPriority() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guide.press(.enter, .character(" "), .down, .character(" "), .down, .character(" "))
        XCTAssertTrue(guide.contains("资料已齐全，可以发号"))
        XCTAssertEqual(guide.press(.function(5)), .perform(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: documents,
                                                                     priority: .greenChannel, override: nil, phone: nil)))
        XCTAssertEqual(guide.press(.character("s")), .keepGoing, "s is no longer a command: it starts a new search")
        XCTAssertTrue(guide.lines[3].contains("查找  s"), guide.lines[3])
    }

    func testAMissingDocumentRefusesTheSlipInThePaneAndNTurnsAwayWithWhatWasShown() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guide.press(.enter, .character(" "), .down, .down, .down)
        guide.type("13900001111")
        guide.press(.enter)
        XCTAssertEqual(guide.press(.function(5)), .keepGoing, "no slip with a document missing")
        XCTAssertTrue(guide.contains("资料不全，不能发号：缺 房屋产权证明"), guide.lines.joined(separator: "\n"))
        XCTAssertEqual(guide.role(of: "资料不全，不能发号"), .error)
        XCTAssertEqual(guide.press(.function(6)), .perform(.turnAway(businessType: "JMXZ", customerKind: .residential,
                                                                       presented: ["用电人身份证原件"], phone: "13900001111")))
    }

    func testAManagerOverrideAsksForTheManagersIdPinAndReasonAndNeverShowsThePin() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guide.press(.enter, .function(9))
        XCTAssertTrue(guide.contains("缺 用电人身份证原件、房屋产权证明"))
        guide.type("M01")
        guide.press(.enter)
        guide.type("482135")
        XCTAssertFalse(guide.lines.contains { $0.contains("482135") }, "the PIN is never drawn")
        XCTAssertEqual(guide.press(.enter), .keepGoing)
        XCTAssertEqual(guide.press(.enter), .keepGoing, "no reason yet")
        XCTAssertTrue(guide.contains("请填写原因"), guide.lines.joined(separator: "\n"))
        guide.type("客户一小时内补交产权证明")
        let approval = ChecklistOverride(approvedBy: "M01", reason: "客户一小时内补交产权证明")
        XCTAssertEqual(guide.press(.enter), .performApproved(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: [],
                                                                        priority: nil, override: approval, phone: nil),
                                                             approver: "M01", pin: "482135"))
    }

    func testAnOverrideWithoutAPinIsNotAsked() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guide.press(.enter, .function(9))
        guide.type("M01")
        guide.press(.enter, .enter)
        guide.type("熟客")
        XCTAssertEqual(guide.press(.enter), .keepGoing)
        XCTAssertTrue(guide.contains("请填写PIN"), guide.lines.joined(separator: "\n"))
    }

    /// Issue 15: after choosing 电费缴纳, `dk` recorded a door answer nobody gave and `qd`
    /// quit the console. Now every letter is search text, wherever the focus is.
    func testNoTypedLetterFiresACommandOrQuits() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        XCTAssertEqual(guide.press(.character("q")), .keepGoing)
        XCTAssertEqual(guide.press(.character("?")), .keepGoing)
        XCTAssertFalse(guide.model.showingHelp, "? is text in the field")
        XCTAssertTrue(guide.lines[3].contains("查找  q?"), guide.lines[3])
        guide.press(.function(1))
        XCTAssertTrue(guide.model.showingHelp, "F1 still helps")
        guide.press(.escape, .escape)
        XCTAssertEqual(guide.press(.character("q")), .keepGoing, "q types even after Esc")
        guide.press(.control("u"))
        guide.type("jf")
        guide.press(.enter)
        XCTAssertTrue(guide.contains("业务  电费缴纳（JF）"))
        for letter in "dkqdsnfotmpj/" {
            XCTAssertEqual(guide.press(.character(letter)), .keepGoing, "\(letter) after choosing a business")
        }
        XCTAssertTrue(guide.lines[3].contains("查找  dkqdsnfotmpj/"), guide.lines[3])
        XCTAssertFalse(guide.model.showingHelp)
    }

    func testARefusalFromTheEngineShowsInTheErrorRole() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.model.record(.refused("例外放行须由值班经理批准，G01 不是经理，请经理确认"))
        XCTAssertTrue(guide.contains("请经理确认") && !guide.contains("请请"))
        XCTAssertTrue(guide.contains("例外放行须由值班经理批准，G01 不是经理"))
        XCTAssertEqual(guide.role(of: "例外放行须由值班经理批准"), .error)
    }

    func testAnIssuedSlipIsAnnouncedAndTheFormClearsForTheNextCustomer() throws {
        var hall = try HallScenario.busyMorning()
        var guide = PaneDriver(ConsoleModel(start: .guide), state: hall.state)
        guide.type("jf")
        guide.press(.enter)
        guard case .perform(let command) = guide.press(.function(5)) else { return XCTFail("F5 should ask for a slip") }
        let records = try hall.run(command, at: 21)
        guide.state = hall.state
        guide.model.record(.done(records))
        XCTAssertTrue(guide.contains("已发号 A003，前面 1 人，约"), guide.lines.joined(separator: "\n"))
        XCTAssertTrue(guide.contains("业务  未选择"), "the form is clear for the next customer")
        XCTAssertEqual(guide.role(of: "已发号 A003"), .ok)
        XCTAssertEqual(guide.press(.function(10)), .perform(.reprintSlip(slip: "A003")), "F10 reprints the slip just issued")
        guide.type("xz")
        guide.press(.enter)
        XCTAssertFalse(guide.contains("已发号 A003"), "choosing the next customer's business clears the last one's message")
    }

    func testF12ClearsEveryFieldAndMessageOfTheLastCustomer() throws {
        var hall = try HallScenario.busyMorning()
        var guide = PaneDriver(ConsoleModel(start: .guide), state: hall.state)
        guide.type("jf")
        guide.press(.enter)
        guard case .perform(let command) = guide.press(.function(5)) else { return XCTFail("F5 should ask for a slip") }
        guide.model.record(.done(try hall.run(command, at: 21)))
        guide.state = hall.state
        guide.type("xz")
        guide.press(.enter, .character(" "), .down, .down, .down)
        guide.type("139")
        guide.model.record(.refused("资料不全，缺：房屋产权证明"))
        XCTAssertEqual(guide.press(.function(12)), .keepGoing)
        let screen = guide.lines.joined(separator: "\n")
        XCTAssertTrue(guide.contains("业务  未选择"), screen)
        for stale in ["已发号", "资料不全", "139", "查找  xz"] {
            XCTAssertFalse(screen.contains(stale), "\(stale) stays after F12:\n\(screen)")
        }
        XCTAssertEqual(guide.press(.function(10)), .perform(.reprintSlip(slip: "A003")), "the slip to reprint outlives the form")
    }

    func testAReprintWithoutASlipFromThisPaneAsksForTheHallsLastOne() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        XCTAssertEqual(guide.press(.function(10)), .perform(.reprintSlip(slip: nil)))
        guide.model.record(.done([RecordedEvent(seq: 1, timestamp: "2026-11-23T09:41:00+08:00", time: Date(), actor: "G01", terminal: "t",
                                                event: .slipReprinted(SlipReprinted(businessDay: "2026-11-23", slip: "C001")))]))
        XCTAssertTrue(guide.contains("已补打 C001 号小票"), guide.lines.joined(separator: "\n"))
    }

    func testSynonymsFromTheSeedsFindTheBusiness() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.facts.catalog.businessTypes[0].synonyms = ["缴费", "交电费"]
        guide.facts.catalog.businessTypes[0].pinyin = ["dian fei jiao na", "jiao fei"]
        for query in ["交电费", "dianfei", "jiaofei"] {
            guide.press(.control("u"))
            guide.type(query)
            XCTAssertTrue(guide.contains("JF  电费缴纳  → A 队"), "\(query):\n" + guide.lines.joined(separator: "\n"))
        }
    }

    func testATurnAwayShowsTheNoticeThatWasPrinted() throws {
        var hall = HallScenario()
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guard case .perform(let command) = guide.press(.enter, .character(" "), .function(6)) else { return XCTFail("F6 should turn away") }
        guide.model.record(.done(try hall.run(command, at: 0)))
        let screen = guide.lines.joined()
        XCTAssertTrue(screen.contains("已开具一次性告知单（居民新装，居民）：缺 房屋产权证明；"), screen)
        XCTAssertTrue(screen.contains("《居民生活用电申请表》"), "the forms to bring, as on the notice")
    }

    func testFormsPrefilledAsksForTheSlipNumber() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        XCTAssertEqual(guide.press(.function(8)), .keepGoing)
        XCTAssertTrue(guide.contains("请输入其小票号"))
        guide.type("c001")
        XCTAssertEqual(guide.press(.enter), .perform(.markFormsPrefilled(slip: "C001")))
    }

    func testTheGuideAt100x30() throws {
        let hall = try HallScenario.busyMorning()
        var guide = PaneDriver(ConsoleModel(start: .guide), state: hall.state)
        guide.type("xz")
        guide.press(.enter, .character(" "))
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────────────────────────┐
        │ 查找  xz                                                         ┌─ 各队等候 ───────────────────┐│
        │        JMXZ  居民新装  → C 队                                    │ A 缴费与票据                 ││
        │                                                                  │   等候 1 人  约 0–5 分钟     ││
        │                                                                  │ C 新装增容与光伏             ││
        │                                                                  │   等候 2 人  约 20–50 分钟   ││
        │ 业务  居民新装（JMXZ）→ C 队 新装增容与光伏                      │                              ││
        │ 客户  [居民]  非居民    空格切换                                 │                              ││
        │ 资料  空格勾选，↑↓ 移动，打字即重新查找                          │                              ││
        │       >[x] 用电人身份证原件                                      │                              ││
        │        [ ] 房屋产权证明                                          │                              ││
        │ 还缺  房屋产权证明（不能发号）                                   │                              ││
        │ 表单  《居民生活用电申请表》（可在等候时预填）                   │                              ││
        │ 优先  [无]  绿色通道   老弱病残孕优先    ←→ 切换                 │                              ││
        │ 电话                       选填，↓ 到此处输入                    │                              ││
        │ 短信  [ ] 同意短信提醒（须留电话）   空格切换                    │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
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

    /// 80×24, the smallest screen: the 特批 dialog asks for the manager's PIN (never drawn)
    /// and its hint and the key bar stay whole.
    func testTheOverrideDialogAt80x24() throws {
        let hall = try HallScenario.busyMorning()
        var guide = PaneDriver(ConsoleModel(start: .guide), state: hall.state)
        guide.size = Size(width: 80, height: 24)
        guide.type("xz")
        guide.press(.enter, .function(9))
        guide.type("M01")
        guide.press(.enter)
        guide.type("4821")
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────┐
        │ 查找  xz                                           ┌─ 各队等候 ─────────────┐│
        │        JMXZ  居民新装  → C 队                      │ A 缴费与票据           ││
        │                                                    │   等候 1 人  约 0–5 分 ││
        │                                                    │   钟                   ││
        │                                                    │ C 新装增容与光伏       ││
        │ 业务  居民新装（JMXZ）→ C 队 新装增容与光伏        │   等候 2 人  约 20–50  ││
        │ 客户  [居民]  非居民    空格切换                   │   分钟                 ││
        │ 资料  空格勾选，↑↓ 移动，打字即重新查找            │                        ││
        │        [ ] 用电人身份证原件                        │                        ││
        │  ┌─[所长特批发号]───────────────────────────────┐  │                        ││
        │  │ 资料不全（缺 用电人身份证原件、房屋产权证    │  │                        ││
        │  │ 明），须由所长或值班经理本人输入工号和 PIN   │  │                        ││
        │  │ 批准，并写明原因。                           │  │                        ││
        │  │ 所长工号  M01                                │  │                        ││
        │  │ PIN       ****                               │  │                        ││
        │  │ 原因                                         │  │                        ││
        │  │                                              │  │                        ││
        │  │ Enter 下一栏/确定  ↑↓ 换栏  Esc 取消         │  │                        ││
        │  └──────────────────────────────────────────────┘  └────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
        F1帮助  Enter确定  Esc取消
        """)
    }

    /// 80×24 with the cursor on the priority row: the row shows where ↑↓ are, and letters
    /// typed there would start a new search, which the form says.
    func testTheFormAt80x24() throws {
        let hall = try HallScenario.busyMorning()
        var guide = PaneDriver(ConsoleModel(start: .guide), state: hall.state)
        guide.size = Size(width: 80, height: 24)
        guide.type("jmxz")
        guide.press(.enter, .character(" "), .down, .character(" "), .down, .character(" "))
        XCTAssertEqual(guide.role(of: "[绿色通道]"), .selected, "the row ↑↓ are on shows as the cursor")
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────┐
        │ 查找  jmxz                                         ┌─ 各队等候 ─────────────┐│
        │        JMXZ  居民新装  → C 队                      │ A 缴费与票据           ││
        │                                                    │   等候 1 人  约 0–5 分 ││
        │                                                    │   钟                   ││
        │                                                    │ C 新装增容与光伏       ││
        │ 业务  居民新装（JMXZ）→ C 队 新装增容与光伏        │   等候 2 人  约 20–50  ││
        │ 客户  [居民]  非居民    空格切换                   │   分钟                 ││
        │ 资料  空格勾选，↑↓ 移动，打字即重新查找            │                        ││
        │        [x] 用电人身份证原件                        │                        ││
        │        [x] 房屋产权证明                            │                        ││
        │ 齐全  资料已齐全，可以发号（F5）                   │                        ││
        │ 表单  《居民生活用电申请表》（可在等候时预填）     │                        ││
        │ 优先   无  [绿色通道]  老弱病残孕优先    ←→ 切换   │                        ││
        │ 电话                       选填，↓ 到此处输入      │                        ││
        │ 短信  [ ] 同意短信提醒（须留电话）   空格切换      │                        ││
        │                                                    │                        ││
        │                                                    │                        ││
        │                                                    └────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
        F1帮助  F5发号  空格勾选/切换  ↑↓移动  F7门口解答  F11预约签到  F10补打小票
        F12下一位  F8预填登记  Tab切换窗格
        """)
    }

    /// 同意短信提醒 is asked at the door: ↓ past the phone, space ticks it, and the slip
    /// carries the consent with the phone (issue 15 item 6).
    private func consentGiven(width: Int, height: Int) throws -> PaneDriver {
        let hall = try HallScenario.busyMorning()
        var guide = PaneDriver(ConsoleModel(start: .guide), state: hall.state)
        guide.size = Size(width: width, height: height)
        guide.type("jmxz")
        guide.press(.enter, .character(" "), .down, .character(" "), .down, .down)
        guide.type("13812345678")
        guide.press(.enter, .down, .character(" "))
        return guide
    }

    func testTheConsentToNoticesIsAFieldOfTheFormAndGoesWithTheSlip() throws {
        var guide = try consentGiven(width: 100, height: 30)
        XCTAssertEqual(guide.role(of: "[x] 同意短信提醒"), .selected)
        XCTAssertEqual(guide.press(.function(5)), .perform(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: documents,
                                                                     priority: nil, override: nil, phone: "13812345678",
                                                                     noticeConsent: true)))
        guide.press(.function(12))
        XCTAssertFalse(guide.contains("[x] 同意短信提醒"), "the next customer is asked afresh")
    }

    func testAnIssuedSlipSaysTheNoticesAreRegistered() throws {
        var hall = try HallScenario.busyMorning()
        var guide = try consentGiven(width: 100, height: 30)
        guard case .perform(let command) = guide.press(.function(5)) else { return XCTFail("F5 should ask for a slip") }
        let records = try hall.run(command, at: 21)
        guide.state = hall.state
        guide.model.record(.done(records))
        XCTAssertTrue(guide.contains("，已登记短信提醒"), guide.lines.joined(separator: "\n"))
        XCTAssertFalse(guide.contains("13812345678"), "the form is clear: the phone is gone from the screen")
    }

    func testTheConsentFieldAt80x24() throws {
        let guide = try consentGiven(width: 80, height: 24)
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────┐
        │ 查找  jmxz                                         ┌─ 各队等候 ─────────────┐│
        │        JMXZ  居民新装  → C 队                      │ A 缴费与票据           ││
        │                                                    │   等候 1 人  约 0–5 分 ││
        │                                                    │   钟                   ││
        │                                                    │ C 新装增容与光伏       ││
        │ 业务  居民新装（JMXZ）→ C 队 新装增容与光伏        │   等候 2 人  约 20–50  ││
        │ 客户  [居民]  非居民    空格切换                   │   分钟                 ││
        │ 资料  空格勾选，↑↓ 移动，打字即重新查找            │                        ││
        │        [x] 用电人身份证原件                        │                        ││
        │        [x] 房屋产权证明                            │                        ││
        │ 齐全  资料已齐全，可以发号（F5）                   │                        ││
        │ 表单  《居民生活用电申请表》（可在等候时预填）     │                        ││
        │ 优先  [无]  绿色通道   老弱病残孕优先    ←→ 切换   │                        ││
        │ 电话  13812345678          选填，↓ 到此处输入      │                        ││
        │ 短信  [x] 同意短信提醒（须留电话）   空格切换      │                        ││
        │                                                    │                        ││
        │                                                    │                        ││
        │                                                    └────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
        F1帮助  F5发号  空格勾选/切换  ↑↓移动  F7门口解答  F11预约签到  F10补打小票
        F12下一位  F8预填登记  Tab切换窗格
        """)
    }

    func testTheConsentFieldAt100x30() throws {
        let guide = try consentGiven(width: 100, height: 30)
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────────────────────────┐
        │ 查找  jmxz                                                       ┌─ 各队等候 ───────────────────┐│
        │        JMXZ  居民新装  → C 队                                    │ A 缴费与票据                 ││
        │                                                                  │   等候 1 人  约 0–5 分钟     ││
        │                                                                  │ C 新装增容与光伏             ││
        │                                                                  │   等候 2 人  约 20–50 分钟   ││
        │ 业务  居民新装（JMXZ）→ C 队 新装增容与光伏                      │                              ││
        │ 客户  [居民]  非居民    空格切换                                 │                              ││
        │ 资料  空格勾选，↑↓ 移动，打字即重新查找                          │                              ││
        │        [x] 用电人身份证原件                                      │                              ││
        │        [x] 房屋产权证明                                          │                              ││
        │ 齐全  资料已齐全，可以发号（F5）                                 │                              ││
        │ 表单  《居民生活用电申请表》（可在等候时预填）                   │                              ││
        │ 优先  [无]  绿色通道   老弱病残孕优先    ←→ 切换                 │                              ││
        │ 电话  13812345678          选填，↓ 到此处输入                    │                              ││
        │ 短信  [x] 同意短信提醒（须留电话）   空格切换                    │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
        │                                                                  └──────────────────────────────┘│
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1帮助  F5发号  空格勾选/切换  ↑↓移动  F7门口解答  F11预约签到  F10补打小票  F12下一位  F8预填登记
        Tab切换窗格
        """)
    }

    /// The help overlay says what the keys now do, whole at 80×24.
    func testTheHelpOverlayListsTheFKeysWholeAt80x24() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.size = Size(width: 80, height: 24)
        guide.press(.function(1))
        assertSnapshot(guide.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页  [导引台]  工单协调   现场看板   报表   事件日志
        ┌─[导引台]─────────────────────────────────────────────────────────────────────┐
        │ 查找    ┌─[帮助]───────────────────────────────────────────────────┐────────┐│
        │         │                                                          │        ││
        │         │  F1 或 ?              打开/关闭本帮助                    │需等候  ││
        │         │  Tab / Shift-Tab      切换到下一个/上一个窗格            │        ││
        │         │  F4                   换人：共用终端输入工号和 PIN       │需等候  ││
        │ 业务  未│  字母、数字           只是查找文字，从不是命令           │        ││
        │       全│  ↑ ↓  Enter           选择查找结果 / 选定业务            │        ││
        │       En│  ↑ ↓  空格            表单里移动 / 勾选、切换            │        ││
        │         │  Esc                  在查找与表单之间切换               │        ││
        │         │  F5                   发号（资料齐全时）                 │        ││
        │         │  F6                   开具一次性告知单（有缺项时）       │        ││
        │         │  F7                   门口解答，不取号                   │        ││
        │         │  F8                   登记某号已预填表单                 │        ││
        │         │  F9                   资料不全：所长输工号和 PIN 特批    │        ││
        │         │  F10                  补打最近一张小票（记入日志）       │        ││
        │         │  F11                  预约签到：选今天的预约带入表单     │        ││
        │         │  F12                  下一位客户：清空表单和提示         │        ││
        │         │  按 Esc 或 ? 关闭  ↑↓ 翻看（第 1–15 行，共 16 行）       │        ││
        │         └──────────────────────────────────────────────────────────┘────────┘│
        └──────────────────────────────────────────────────────────────────────────────┘
        Esc关闭帮助
        """)
    }
}
