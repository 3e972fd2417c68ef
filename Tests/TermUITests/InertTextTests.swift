import SnapshotAssert
import TermUI
import XCTest

/// Text from outside can never drive the terminal: every control that could start an
/// escape sequence, move the cursor or reorder the line is shown as a visible mark.
final class InertTextTests: XCTestCase {
    /// True when some cell holds a scalar a terminal would act on instead of print.
    private func holdsControls(_ buffer: Buffer) -> Bool {
        buffer.cells.contains { cell in
            cell.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
        }
    }

    func testEscapeSequencesShowAsControlPictures() {
        var buffer = Buffer(size: Size(width: 24, height: 1))
        buffer.put("报修\u{1B}]0;pwned\u{07}\u{1B}[2J\r\n", at: Point(x: 0, y: 0))
        XCTAssertEqual(buffer.textLines(), ["报修␛]0;pwned␇␛[2J␍␊    "])
        XCTAssertFalse(holdsControls(buffer))
    }

    func testC1DeleteAndBidiOverridesAreInert() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        buffer.put("a\u{9B}2J\u{7F}\u{202E}b\u{2066}", at: Point(x: 0, y: 0))
        XCTAssertEqual(buffer.textLines(), ["a\u{FFFD}2J␡\u{FFFD}b\u{FFFD}"])
        XCTAssertFalse(holdsControls(buffer))
    }

    func testAMarkTakesOneColumnAndTakesNoCombiningMark() {
        XCTAssertEqual("\u{1B}[2J".displayWidth, 4)
        XCTAssertEqual(Glyph.split("\u{1B}\u{301}").map(\.character), ["␛"], "a combining mark after a control has no base to join")
    }

    func testNULIsShownNotDropped() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.put("a\u{0}b", at: Point(x: 0, y: 0))
        XCTAssertEqual(buffer.textLines(), ["a␀b"])
    }

    func testCommandLineTextKeepsLineBreaksAndTabsOnly() {
        XCTAssertEqual(InertText.lines("第 1 行\t描述\u{1B}]0;x\u{07}\r\n第 2 行\u{9B}"), "第 1 行\t描述␛]0;x␇␍\n第 2 行\u{FFFD}")
        XCTAssertEqual(InertText.lines("平常的中文"), "平常的中文")
    }

    func testJSONTextEscapesWhatEncodersLeaveRaw() throws {
        let json = InertText.json(#"{"d":"a\u001b\#u{9B}\#u{7F}\#u{202E}z"}"#)
        XCTAssertEqual(json, #"{"d":"a\u001b\u009b\u007f\u202ez"}"#)
        let value = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String]
        XCTAssertEqual(value?["d"], "a\u{1B}\u{9B}\u{7F}\u{202E}z", "the same value for a script")
    }

    /// Every write at every tiny size stays inside the buffer: the key fuzz resizes the
    /// console down to 10×3, and panes draw into whatever is left.
    func testTinyBuffersClipEverything() {
        let text = "营业厅\u{1B}[2J窗口 A001 等候"
        for width in 0...10 {
            for height in 0...3 {
                var buffer = Buffer(size: Size(width: width, height: height))
                for y in -1...height {
                    for x in -3...(width + 1) {
                        buffer.put(text, at: Point(x: x, y: y))
                        buffer.put(text, at: Point(x: x, y: y), clip: Rect(x: x, y: y, width: 3, height: 1))
                        buffer.fill(Rect(x: x, y: y, width: 2, height: 2), with: "营")
                        buffer.box(Rect(x: x, y: y, width: width, height: height), borders: .unicode)
                        buffer.restyle(Rect(x: x, y: y, width: 4, height: 1), emphasis: .reverse)
                    }
                }
                XCTAssertEqual(buffer.cells.count, width * height)
                XCTAssertEqual(buffer.textLines().count, height)
                XCTAssertTrue(buffer.textLines().allSatisfy { $0.displayWidth == width }, "\(width)×\(height)")
            }
        }
    }
}
