import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The console during `halldesk demo`: its keys reach the wiring only in a demo and never
/// take a letter a pane or a text field needs, and every frame says how the demo stands.
final class DemoConsoleTests: XCTestCase {
    private let size = Size(width: 100, height: 30)

    private func facts(_ stage: DemoFacts.Stage = .running, speed: Double = 60) -> ConsoleFacts {
        var facts = Fixtures.facts()
        facts.demo = DemoFacts(speed: speed, stage: stage)
        return facts
    }

    private func lines(_ model: ConsoleModel, _ facts: ConsoleFacts) -> [String] {
        snapshotLines(ConsoleView.render(model: model, state: .initial, facts: facts, size: size, theme: .standard))
    }

    func testDemoKeysAskTheWiringOnlyDuringADemo() {
        var model = ConsoleModel(start: .manager)
        XCTAssertEqual(model.handle(.function(3), facts: facts(), size: size), .demo(.pauseOrResume))
        XCTAssertEqual(model.handle(.control("p"), facts: facts(), size: size), .demo(.pauseOrResume))
        XCTAssertEqual(model.handle(.character("+"), facts: facts(), size: size), .demo(.faster))
        XCTAssertEqual(model.handle(.character("="), facts: facts(), size: size), .demo(.faster))
        XCTAssertEqual(model.handle(.character("-"), facts: facts(), size: size), .demo(.slower))
        XCTAssertEqual(model.handle(.function(3), facts: Fixtures.facts(), size: size), .keepGoing, "no demo, no demo keys")
        XCTAssertEqual(model.handle(.character("+"), facts: Fixtures.facts(), size: size), .keepGoing)
        XCTAssertEqual(model.pane, .manager)
    }

    func testInATextFieldMinusIsTextButF3StillPauses() {
        var model = ConsoleModel(start: .guide)
        XCTAssertEqual(model.handle(.character("-"), facts: facts(), size: size), .keepGoing)
        XCTAssertEqual(model.handle(.function(3), facts: facts(), size: size), .demo(.pauseOrResume))
    }

    func testTheStatusLineKeyBarAndHelpSayHowTheDemoStands() {
        var model = ConsoleModel(start: .manager)
        let running = lines(model, facts())
        XCTAssertTrue(running[0].contains("演示 ×60  日志 0 条  2026-11-23 09:41"), running[0])
        XCTAssertTrue(running.last!.contains("F3暂停演示"), running.last!)
        XCTAssertTrue(lines(model, facts(.paused))[0].contains("演示已暂停"))
        XCTAssertTrue(lines(model, facts(.paused)).last!.contains("F3继续演示"))
        XCTAssertTrue(lines(model, facts(.dayOver))[0].contains("演示：模拟的一天已结束"))
        let failed = lines(model, facts(.failed("磁盘已满，写入失败")))[0]
        XCTAssertTrue(failed.contains("演示中断：磁盘已满，写入失败") && failed.contains("演示中断  日志"), failed)
        XCTAssertFalse(lines(model, Fixtures.facts())[0].contains("演示"), "no demo, no word of it")

        _ = model.handle(.character("?"), facts: facts(), size: size)
        XCTAssertTrue(lines(model, facts()).contains { $0.contains("演示：暂停 / 继续") })
        XCTAssertFalse(lines(model, Fixtures.facts()).contains { $0.contains("演示：暂停 / 继续") })
    }
}
