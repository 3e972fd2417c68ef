import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Keys that terminal users expect: ? help, Tab between panes, arrows and j/k, q quits
/// from the top only.
final class ConsoleKeysTests: XCTestCase {
    private let size = Size(width: 100, height: 30)

    func testQQuitsFromTheTopButOnlyClosesHelp() {
        var model = ConsoleModel()
        let facts = Fixtures.facts()
        XCTAssertEqual(model.handle(.character("?"), facts: facts, size: size), .keepGoing)
        XCTAssertTrue(model.showingHelp)
        XCTAssertEqual(model.handle(.character("q"), facts: facts, size: size), .keepGoing, "q inside help closes help")
        XCTAssertFalse(model.showingHelp)
        XCTAssertEqual(model.handle(.function(1), facts: facts, size: size), .keepGoing)
        XCTAssertEqual(model.handle(.escape, facts: facts, size: size), .keepGoing)
        XCTAssertFalse(model.showingHelp)
        XCTAssertEqual(model.handle(.character("q"), facts: facts, size: size), .quit)
    }

    func testTabAndShiftTabCycleThroughThePanesSkippingTheCounterWithoutOne() {
        var model = ConsoleModel()
        let facts = Fixtures.facts()
        var seen: [PaneID] = []
        for _ in 0..<6 {
            _ = model.handle(.tab, facts: facts, size: size)
            seen.append(model.pane)
        }
        XCTAssertEqual(seen, [.guide, .coordinator, .manager, .reports, .eventLog, .home])
        _ = model.handle(.backTab, facts: facts, size: size)
        XCTAssertEqual(model.pane, .eventLog)
    }

    func testACounterTerminalHasTheCounterPaneAfterTheGuide() {
        var model = ConsoleModel(start: .guide, counter: 3)
        XCTAssertEqual(model.panes, [.home, .guide, .counter, .coordinator, .manager, .reports, .eventLog])
        let facts = Fixtures.facts()
        _ = model.handle(.escape, facts: facts, size: size)
        _ = model.handle(.tab, facts: facts, size: size)
        XCTAssertEqual(model.pane, .counter)
        XCTAssertEqual(ConsoleModel(start: .counter).pane, .home, "no counter number, no counter pane")
    }

    func testTheEventLogFollowsTheNewestUntilTheUserMovesUp() {
        var model = ConsoleModel(start: .eventLog)
        let facts = Fixtures.facts(records: (1...40).map(Fixtures.repair))
        XCTAssertNil(model.eventLog.selection, "following the newest record")
        _ = model.handle(.character("k"), facts: facts, size: size)
        XCTAssertEqual(model.eventLog.selection, 38)
        _ = model.handle(.pageUp, facts: facts, size: size)
        XCTAssertEqual(model.eventLog.selection, 38 - 24, "a page is the visible rows less one")
        _ = model.handle(.character("g"), facts: facts, size: size)
        XCTAssertEqual(model.eventLog.selection, 0)
        _ = model.handle(.up, facts: facts, size: size)
        XCTAssertEqual(model.eventLog.selection, 0, "stops at the oldest")
        _ = model.handle(.character("G"), facts: facts, size: size)
        XCTAssertNil(model.eventLog.selection, "End goes back to following")
    }

    func testTheEventLogPaneShowsRecordsAsATable() {
        var model = ConsoleModel(start: .eventLog)
        let facts = Fixtures.facts(records: (1...3).map(Fixtures.repair))
        _ = model.handle(.up, facts: facts, size: size)
        let buffer = ConsoleView.render(model: model, state: Fixtures.state(facts.recent), facts: facts, size: Size(width: 80, height: 24), theme: .ascii)
        assertSnapshot(buffer, """
         营业厅导办台 | 顺德供电局乐从营业厅                日志 3 条  2026-11-23 09:41
         首页   导引台   工单协调   现场看板   报表  [事件日志]
        +-[事件日志]-------------------------------------------------------------------+
        |    序号 时间                操作人     终端       事件                       |
        |       1 2026-11-23 09:31:05 A01        pts/1      日志断尾修复：切下 41 字…  |
        |       2 2026-11-23 09:32:05 A01        pts/1      日志断尾修复：切下 42 字…  |
        |       3 2026-11-23 09:33:05 A01        pts/1      日志断尾修复：切下 43 字…  |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        |                                                                              |
        | 第 2 条：日志断尾修复：切下 42 字节（自偏移 2000），存于 quarantine/t2.bin   |
        +------------------------------------------------------------------------------+
        F1/?帮助  Tab切换窗格  ^v移动  q退出
        """)
        XCTAssertEqual(buffer[10, 5].role, .selected, "the row moved to is selected")
        XCTAssertEqual(buffer[10, 6].role, .normal)
    }

    func testAnEmptyLogSaysSo() {
        let model = ConsoleModel(start: .eventLog)
        let facts = Fixtures.facts()
        let lines = snapshotLines(ConsoleView.render(model: model, state: .initial, facts: facts, size: size, theme: .standard))
        XCTAssertTrue(lines[3].hasPrefix("│ 日志里还没有记录。每一个操作都会在这里出现。  "), lines[3])
    }
}
