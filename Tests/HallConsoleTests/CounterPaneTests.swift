import Foundation
import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// A clerk at counter 2: every key asks for a command on that counter; closing asks y/N.
final class CounterPaneTests: XCTestCase {
    private func counter2() throws -> PaneDriver {
        PaneDriver(ConsoleModel(start: .counter, counter: 2), state: try HallScenario.busyMorning().state)
    }

    func testTheCounterKeysAskForCommandsOnThisCounter() throws {
        var desk = try counter2()
        desk.facts = Fixtures.facts(member: Fixtures.clerk)
        XCTAssertEqual(desk.press(.character("n")), .perform(.callNext(counter: 2)))
        XCTAssertEqual(desk.press(.function(5)), .perform(.callNext(counter: 2)))
        XCTAssertEqual(desk.press(.character("r")), .perform(.recall(counter: 2)))
        XCTAssertEqual(desk.press(.character("x")), .perform(.markNoShow(counter: 2)))
        XCTAssertEqual(desk.press(.character("b")), .perform(.startService(counter: 2)))
        XCTAssertEqual(desk.press(.function(9)), .perform(.finishService(counter: 2)))
        XCTAssertEqual(desk.press(.character("o")), .perform(.openCounter(counter: 2)))
    }

    func testClosingAsksYesOrNoAndOnlyYCloses() throws {
        var desk = try counter2()
        XCTAssertEqual(desk.press(.character("c")), .keepGoing)
        XCTAssertTrue(desk.contains("关闭 2 号窗口？"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.character("q")), .keepGoing, "any other key cancels, even q")
        XCTAssertTrue(desk.contains("未关窗"))
        XCTAssertEqual(desk.press(.character("c")), .keepGoing)
        XCTAssertEqual(desk.press(.enter), .keepGoing)
        XCTAssertEqual(desk.press(.character("c"), .character("y")), .perform(.closeCounter(counter: 2)))
    }

    /// Counter 2 is serving a slip in the busy morning: leaving would keep it open on the board.
    func testQAsksBeforeLeavingACounterThatHoldsASlip() throws {
        var desk = try counter2()
        XCTAssertEqual(desk.press(.character("q")), .keepGoing, "nothing leaves before the answer")
        XCTAssertTrue(desk.contains("2 号窗口还有 A002 号在办"), desk.lines.joined(separator: "\n"))
        XCTAssertTrue(desk.contains("y 确认退出"))
        XCTAssertEqual(desk.press(.character("n")), .keepGoing, "any other key stays, and is not a call")
        XCTAssertFalse(desk.contains("2 号窗口还有 A002 号在办"))
        XCTAssertEqual(desk.press(.character("q"), .character("y")), .quit)

        var free = PaneDriver(ConsoleModel(start: .counter, counter: 1), state: try HallScenario.busyMorning().state)
        XCTAssertEqual(free.press(.character("q")), .quit, "counter 1 is open but holds no slip")
    }

    /// On the 「窗口太小」 screen no pane is shown, so no key acts on one (an `r` once wrote a recall).
    func testNoKeyActsOnTheTooSmallScreen() throws {
        var desk = try counter2()
        desk.size = Size(width: 60, height: 20)
        for key: Key in [.character("r"), .character("n"), .function(5), .character("c"), .tab, .function(4), .enter] {
            XCTAssertEqual(desk.press(key), .keepGoing, "\(key)")
        }
        XCTAssertEqual(desk.model.pane, .counter, "Tab did not move either")
        XCTAssertEqual(desk.press(.character("q")), .keepGoing)
        XCTAssertTrue(desk.lines.joined().contains("还有 A002 号在办"), "the question shows on the small screen too")
        XCTAssertEqual(desk.press(.character("y")), .quit)
    }

    func testOpeningACounterAColleagueHoldsAsksBeforeTakingItOver() throws {
        var desk = try counter2()
        desk.facts = Fixtures.facts(member: Fixtures.secondClerk)
        XCTAssertEqual(desk.press(.character("o")), .keepGoing, "nothing is sent before the question is answered")
        XCTAssertTrue(desk.contains("2 号窗口已由 李营业（C01）"), desk.lines.joined(separator: "\n"))
        XCTAssertTrue(desk.contains("接管到本终端吗？"), desk.lines.joined(separator: "\n"))
        XCTAssertTrue(desk.contains("y确认接管"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.character("n")), .keepGoing)
        XCTAssertTrue(desk.contains("未接管，2 号窗口仍在原终端"))
        XCTAssertEqual(desk.press(.character("o"), .character("y")), .perform(.takeOverCounter(counter: 2)))
    }

    func testOpeningACounterHeldOnAnotherTerminalNamesThatTerminalAndTheTime() throws {
        var state = try HallScenario.busyMorning().state
        let since = Date(timeIntervalSince1970: 1_795_396_800)
        state.fold([.counterTakenOver(CounterTakenOver(businessDay: state.today.businessDay, counter: 2, clerk: "C01",
                                                      terminal: "pts/7", previousClerk: "C01", previousTerminal: nil))],
                   by: "C01", terminal: "pts/7", at: since, timestamp: "2026-11-23T09:20:00.000+08:00")
        var desk = PaneDriver(ConsoleModel(start: .counter, counter: 2), state: state)
        desk.facts = Fixtures.facts(member: Fixtures.clerk)
        desk.press(.character("o"))
        let screen = desk.lines.joined(separator: "\n")
        XCTAssertTrue(desk.contains("2 号窗口已在终端 pts/7 上由 李营业（C01） 于 2026-11-23"), screen)
        XCTAssertTrue(desk.contains("09:20 开放（办理中）"), screen)
    }

    func testTransferMovesTheSlipInHandToTheQueueTyped() throws {
        var desk = try counter2()
        desk.press(.character("t"))
        desk.type("a")
        XCTAssertEqual(desk.press(.enter), .perform(.transfer(slip: "A002", toQueue: "A")))
    }

    func testPauseAndReinstateAskForTheirText() throws {
        var desk = try counter2()
        desk.press(.character("p"))
        XCTAssertEqual(desk.press(.enter), .keepGoing, "a pause needs a reason")
        desk.type("午休")
        XCTAssertEqual(desk.press(.enter), .perform(.pauseCounter(counter: 2, reason: "午休")))
        desk.press(.character("i"))
        desk.type("a001")
        XCTAssertEqual(desk.press(.enter), .perform(.reinstate(slip: "A001")))
    }

    func testTheEnginesAnswerShowsOnTheCounter() throws {
        var desk = try counter2()
        desk.model.record(.refused("2 号窗口手上还有 A002 号，请先办结或标记过号"))
        XCTAssertEqual(desk.role(of: "2 号窗口手上还有 A002 号"), .error)
    }

    func testTheCounterAt100x30() throws {
        assertSnapshot(try counter2().render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                                    日志 0 条  2026-11-23 09:41
         首页   导引台  [窗口]  工单协调   现场看板   报表   事件日志
        ┌─[窗口]───────────────────────────────────────────────────────────────────────────────────────────┐
        │ 2号窗口  状态：开放，营业员 C01                                                                  │
        │                                                                                                  │
        │ ┌─ 手上的号 ───────────────────────────────────────────────────┐                                 │
        │ │ Ａ００２  办理中                                             │                                 │
        │ │                                                              │                                 │
        │ │ 业务  电费缴纳 · 非居民 · 绿色通道                           │                                 │
        │ │ 已等  5 分钟（取号到首次叫号）  重呼 0 次                    │                                 │
        │ │ 办理  已办理 13 分钟                                         │                                 │
        │ └──────────────────────────────────────────────────────────────┘                                 │
        │                                                                                                  │
        │ 等候的号（按本窗口叫号先后，及为什么）                                                           │
        │   1. C002  已等 11 分钟  老弱病残孕优先                                                          │
        │   2. C001  已等 19 分钟  C 队等候最久                                                            │
        │   3. A001  已等 21 分钟  A 队等候最久                                                            │
        │                                                                                                  │
        │ 本窗口叫号的队列（按先后）                                                                       │
        │   C 新装增容与光伏   等候 2 人   新到预计 约 20–50 分钟                                          │
        │   A 缴费与票据       等候 1 人   新到预计 约 0–5 分钟                                            │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        │                                                                                                  │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  q退出  F5/n叫号  F6/r重呼  F7/x过号  b开始办理  F9/f办结  t转队  i恢复  o开窗  p暂停
        c关窗  g指定呼叫  v评价
        """)
    }

    func testTheCounterAt80x24() throws {
        assertSnapshot(try counter2().render(size: Size(width: 80, height: 24)), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台  [窗口]  工单协调   现场看板   报表   事件日志
        ┌─[窗口]───────────────────────────────────────────────────────────────────────┐
        │ 2号窗口  状态：开放，营业员 C01                                              │
        │                                                                              │
        │ ┌─ 手上的号 ───────────────────────────────────────────────────┐             │
        │ │ Ａ００２  办理中                                             │             │
        │ │                                                              │             │
        │ │ 业务  电费缴纳 · 非居民 · 绿色通道                           │             │
        │ │ 已等  5 分钟（取号到首次叫号）  重呼 0 次                    │             │
        │ │ 办理  已办理 13 分钟                                         │             │
        │ └──────────────────────────────────────────────────────────────┘             │
        │                                                                              │
        │ 等候的号（按本窗口叫号先后，及为什么）                                       │
        │   1. C002  已等 11 分钟  老弱病残孕优先                                      │
        │   另有 2 位未列出，按 g 可指定呼叫                                           │
        │                                                                              │
        │ 本窗口叫号的队列（按先后）                                                   │
        │   C 新装增容与光伏   等候 2 人   新到预计 约 20–50 分钟                      │
        │   A 缴费与票据       等候 1 人   新到预计 约 0–5 分钟                        │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  q退出  F5/n叫号  F6/r重呼  F7/x过号  b开始办理  F9/f办结  t转队  i恢复
        o开窗  p暂停  c关窗  g指定呼叫  v评价
        """)
    }
}
