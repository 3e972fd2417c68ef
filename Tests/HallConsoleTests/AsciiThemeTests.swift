import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The ascii theme is for fonts that draw line, arrow and block glyphs badly: no pane may
/// show one, whatever it spells in its own strings (`│` in the status line, `→` in a
/// department's owner, `↑` escalation marks, bar charts).
final class AsciiThemeTests: XCTestCase {
    func testNoPaneDrawsAGraphicGlyphUnderTheAsciiTheme() throws {
        let state = try HallScenario.busyMorning().state
        for size in [Size(width: 80, height: 24), Size(width: 100, height: 30), Size(width: 200, height: 60)] {
            var model = ConsoleModel(start: .home, counter: 2)
            for _ in model.panes {
                for showingHelp in [false, true] {
                    model.showingHelp = showingHelp
                    let buffer = ConsoleView.render(model: model, state: state, facts: Fixtures.facts(), size: size, theme: .ascii)
                    let text = snapshotLines(buffer).joined(separator: "\n")
                    let graphic = text.unicodeScalars.first { (0x2190...0x21FF).contains($0.value) || (0x2500...0x25FF).contains($0.value) }
                    XCTAssertNil(graphic, "\(model.pane) at \(size.width)x\(size.height), help \(showingHelp):\n\(text)")
                    let standard = ConsoleView.render(model: model, state: state, facts: Fixtures.facts(), size: size, theme: .standard)
                    XCTAssertEqual(snapshotLines(buffer).map { $0.count }, snapshotLines(standard).map { $0.count },
                                   "the same columns as the standard theme")
                }
                model.showingHelp = false
                _ = model.handle(.tab, facts: Fixtures.facts(), size: size, state: state)
            }
        }
    }

    func testAStandInKeepsTheColumnsOfAWideGlyph() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("┌→▇营", at: Point(x: 0, y: 0))
        buffer.replaceGraphicsWithAscii()
        XCTAssertEqual(buffer.textLines(), ["+>#营 "])
    }
}
