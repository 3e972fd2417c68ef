import Foundation
import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The counter keeping pace at counter 2 in the busy morning: the waiting slips in call
/// order with why, 指定呼叫 (g), the customer's rating (v), and 转队 (t) as a pick list
/// that no stray key gets out of as a command.
final class CounterPaceTests: XCTestCase {
    private func counter2() throws -> PaneDriver {
        PaneDriver(ConsoleModel(start: .counter, counter: 2), state: try HallScenario.busyMorning().state)
    }

    func testTheWaitingSlipsAreListedInTheCountersCallOrderWithWhy() throws {
        let desk = try counter2()
        let screen = desk.lines.joined(separator: "\n")
        XCTAssertTrue(desk.contains("等候的号（按本窗口叫号先后，及为什么）"), screen)
        XCTAssertTrue(desk.contains("1. C002"), screen)
        XCTAssertTrue(desk.contains("老弱病残孕优先"), screen)
    }

    func testGAsksForTheNumberThenTheReasonAndCallsThatSlip() throws {
        var desk = try counter2()
        XCTAssertEqual(desk.press(.character("g")), .keepGoing)
        XCTAssertTrue(desk.contains("请输入要叫的小票号"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.enter), .keepGoing, "a number is needed")
        desk.type("c003")
        XCTAssertEqual(desk.press(.enter), .keepGoing)
        XCTAssertTrue(desk.contains("为什么先叫 C003 号？"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.enter), .keepGoing, "a reason is needed")
        desk.type("客户预约")
        XCTAssertEqual(desk.press(.enter), .perform(.callSlip(counter: 2, slip: "C003", reason: "客户预约")))
        XCTAssertEqual(desk.press(.character("g"), .escape), .keepGoing)
        XCTAssertEqual(desk.press(.character("n")), .perform(.callNext(counter: 2)), "Esc closed the question")
    }

    func testVTakesOneTwoOrThreeAndNothingElse() throws {
        var desk = try counter2()
        XCTAssertEqual(desk.press(.character("v")), .keepGoing)
        XCTAssertTrue(desk.contains("1 非常满意  2 满意  3 不满意"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.character("n")), .keepGoing, "not a call while the rating is asked")
        XCTAssertEqual(desk.press(.character("q")), .keepGoing, "nor a quit")
        XCTAssertTrue(desk.contains("请按 1 非常满意、2 满意、3 不满意"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.character("2")), .perform(.rateService(counter: 2, rating: .satisfied, source: .clerk)))
        XCTAssertEqual(desk.press(.character("v"), .escape), .keepGoing)
        XCTAssertTrue(desk.contains("未评价"))
    }

    func testTransferListsTheQueuesAndAStrayLetterStaysInTheDialog() throws {
        var desk = try counter2()
        desk.press(.character("t"))
        let screen = desk.lines.joined(separator: "\n")
        XCTAssertTrue(desk.contains("可选：A 缴费与票据"), screen)
        XCTAssertTrue(desk.contains("C 新装增容与光伏"), screen)
        desk.type("z")
        XCTAssertEqual(desk.press(.enter), .keepGoing)
        XCTAssertTrue(desk.contains("没有可转入的「Z」队：请从下列队列中选择"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.character("q")), .keepGoing, "q is text in the dialog")
        XCTAssertEqual(desk.press(.backspace, .backspace, .down, .down), .keepGoing)
        XCTAssertTrue(desk.contains("[C 新装增容与光伏]"), desk.lines.joined(separator: "\n"))
        XCTAssertEqual(desk.press(.enter), .perform(.transfer(slip: "A002", toQueue: "C")))
        desk.press(.character("t"))
        desk.type("光伏")
        XCTAssertEqual(desk.press(.enter), .perform(.transfer(slip: "A002", toQueue: "C")))
    }

    func testTheTransferPickListAt80x24() throws {
        var desk = try counter2()
        desk.press(.character("t"))
        assertSnapshot(desk.render(size: Size(width: 80, height: 24)), """
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
        │   2. C┌─[转队]───────────────────────────────────────────────────────┐       │
        │   3. A│ 把 A002 号转到哪个队？输入字母或选择（按原取号时间排队）：   │       │
        │       │                                                              │       │
        │ 本窗口│ 可选：A 缴费与票据  C 新装增容与光伏                         │       │
        │   C 新│                                                              │       │
        │   A 缴│ ↑↓ 选择  Enter 确定  Esc 取消                                │       │
        │       └──────────────────────────────────────────────────────────────┘       │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1帮助  ↑↓选择  Enter确定  Esc取消
        """)
    }

    func testTheRatingQuestionAt100x30() throws {
        var desk = try counter2()
        desk.press(.character("v"))
        assertSnapshot(desk.render(), """
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
        │                 ┌─[服务评价]───────────────────────────────────────────────────┐                 │
        │                 │ 请客户为刚办结的服务评价（也可在评价器上按键）：             │                 │
        │                 │ 1 非常满意  2 满意  3 不满意                                 │                 │
        │                 │                                                              │                 │
        │                 │ 1/2/3 记下评价  Esc 不评价                                   │                 │
        │                 └──────────────────────────────────────────────────────────────┘                 │
        └──────────────────────────────────────────────────────────────────────────────────────────────────┘
        F1帮助  1非常满意  2满意  3不满意  Esc不评价
        """)
    }
}
