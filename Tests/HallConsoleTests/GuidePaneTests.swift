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
        guide.press(.enter, .character(" "), .down, .character(" "), .character("p"))
        XCTAssertTrue(guide.contains("资料已齐全，可以发号"))
        XCTAssertEqual(guide.press(.function(5)), .perform(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: documents,
                                                                     priority: .greenChannel, override: nil, phone: nil)))
        XCTAssertEqual(guide.press(.character("s")), .perform(.issueSlip(businessType: "JMXZ", customerKind: .residential,
                                                                        presented: documents, priority: .greenChannel,
                                                                        override: nil, phone: nil)), "s is F5's letter")
    }

    func testAMissingDocumentRefusesTheSlipInThePaneAndNTurnsAwayWithWhatWasShown() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guide.press(.enter, .character(" "), .character("t"))
        guide.type("13900001111")
        guide.press(.enter)
        XCTAssertEqual(guide.press(.function(5)), .keepGoing, "no slip with a document missing")
        XCTAssertTrue(guide.contains("资料不全，不能发号：缺 房屋产权证明"), guide.lines.joined(separator: "\n"))
        XCTAssertEqual(guide.role(of: "资料不全，不能发号"), .error)
        XCTAssertEqual(guide.press(.character("n")), .perform(.turnAway(businessType: "JMXZ", customerKind: .residential,
                                                                       presented: ["用电人身份证原件"], phone: "13900001111")))
    }

    func testAManagerOverrideIssuesDespiteMissingDocuments() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guide.press(.enter, .character("o"))
        XCTAssertTrue(guide.contains("缺 用电人身份证原件、房屋产权证明"))
        guide.type("A01")
        guide.press(.enter)
        guide.type("客户一小时内补交产权证明")
        XCTAssertEqual(guide.press(.enter), .perform(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: [],
                                                               priority: nil, override: ChecklistOverride(approvedBy: "A01", reason: "客户一小时内补交产权证明"),
                                                               phone: nil)))
    }

    func testLettersInTheSearchFieldAreTextAndQuitsOnlyFromTheTop() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        XCTAssertEqual(guide.press(.character("q")), .keepGoing)
        XCTAssertEqual(guide.press(.character("?")), .keepGoing)
        XCTAssertFalse(guide.model.showingHelp, "? is text in the field")
        XCTAssertTrue(guide.lines[3].contains("查找  q?"), guide.lines[3])
        guide.press(.function(1))
        XCTAssertTrue(guide.model.showingHelp, "F1 still helps")
        guide.press(.escape, .escape)
        XCTAssertEqual(guide.press(.character("q")), .quit, "out of the field q quits")
    }

    func testARefusalFromTheEngineShowsInTheErrorRole() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.model.record(.refused("例外放行须由值班经理批准，G01 不是经理，请请经理确认"))
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
    }

    func testATurnAwayShowsTheNoticeThatWasPrinted() throws {
        var hall = HallScenario()
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.type("xz")
        guard case .perform(let command) = guide.press(.enter, .character(" "), .character("n")) else { return XCTFail("n should turn away") }
        guide.model.record(.done(try hall.run(command, at: 0)))
        let screen = guide.lines.joined()
        XCTAssertTrue(screen.contains("已开具一次性告知单（居民新装，居民）：缺 房屋产权证明；"), screen)
        XCTAssertTrue(screen.contains("《居民生活用电申请表》"), "the forms to bring, as on the notice")
    }

    func testFormsPrefilledAsksForTheSlipNumber() {
        var guide = PaneDriver(ConsoleModel(start: .guide))
        guide.press(.escape)
        XCTAssertEqual(guide.press(.character("f")), .keepGoing)
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
        │ 客户  [居民]  非居民    m 切换                                   │                              ││
        │ 资料  空格勾选，↑↓ 移动                                          │                              ││
        │       >[x] 用电人身份证原件                                      │                              ││
        │        [ ] 房屋产权证明                                          │                              ││
        │ 还缺  房屋产权证明（不能发号）                                   │                              ││
        │ 表单  《居民生活用电申请表》（可在等候时预填）                   │                              ││
        │ 优先  [无]  绿色通道   老弱病残孕优先    p 切换                  │                              ││
        │ 电话                       选填，t 编辑                          │                              ││
        │                                                                  │                              ││
        │                                                                  │                              ││
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
        F1/?帮助  q退出  F6/n告知单  o特批发号  空格勾选  m居民/非居民  p优先  F7/d门口解答  t电话  /查找
        """)
    }
}
