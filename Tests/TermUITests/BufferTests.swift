import SnapshotAssert
import TermUI
import XCTest

final class BufferTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndAreShownOnce() {
        var buffer = Buffer(size: Size(width: 8, height: 1))
        let end = buffer.put("营业A", at: Point(x: 1, y: 0))
        XCTAssertEqual(end, 6)
        XCTAssertEqual(buffer[1, 0].width, 2)
        XCTAssertTrue(buffer[2, 0].isContinuation)
        XCTAssertEqual(buffer[5, 0].character, "A")
        XCTAssertEqual(buffer.textLines(), [" 营业A  "])
    }

    func testWideCharacterStraddlingTheRightEdgeBecomesASpace() {
        var buffer = Buffer(size: Size(width: 5, height: 1))
        buffer.put("AB营业", at: Point(x: 0, y: 0))
        XCTAssertEqual(buffer.textLines(), ["AB营 "])
        XCTAssertEqual(buffer[4, 0].width, 1, "no half character in the last column")
    }

    func testWideCharacterStraddlingAClipEdgeBecomesSpaces() {
        var buffer = Buffer(size: Size(width: 10, height: 1))
        buffer.fill(buffer.bounds, with: ".")
        let clip = Rect(x: 2, y: 0, width: 6, height: 1)
        buffer.put("营业厅窗口", at: Point(x: 1, y: 0), clip: clip)
        XCTAssertEqual(buffer.textLines(), [".. 业厅 .."], "cut on both edges, nothing outside the clip touched")
    }

    func testOverwritingHalfAWideCharacterBlanksItsOtherHalf() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        buffer.put("营业厅", at: Point(x: 0, y: 0))
        buffer.put("x", at: Point(x: 1, y: 0))
        XCTAssertEqual(buffer.textLines(), [" x业厅"])
        buffer.put("y", at: Point(x: 2, y: 0))
        XCTAssertEqual(buffer.textLines(), [" xy 厅"])
        buffer.put("号", at: Point(x: 3, y: 0))
        XCTAssertEqual(buffer.textLines(), [" xy号 "])
        XCTAssertFalse(buffer[5, 0].isContinuation)
    }

    func testClipRectLimitsRowsAndColumns() {
        var buffer = Buffer(size: Size(width: 6, height: 3))
        let clip = Rect(x: 1, y: 1, width: 3, height: 1)
        buffer.put("abcdef", at: Point(x: 0, y: 0), clip: clip)
        buffer.put("abcdef", at: Point(x: 0, y: 1), clip: clip)
        buffer.put("abcdef", at: Point(x: -2, y: 2))
        XCTAssertEqual(buffer.textLines(), ["      ", " bcd  ", "cdef  "])
    }


    func testCombiningMarksStayWithTheirBase() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        buffer.put("e\u{301}x", at: Point(x: 0, y: 0))
        XCTAssertEqual(buffer[0, 0].character, "e\u{301}")
        XCTAssertEqual(buffer[1, 0].character, "x")
    }

    func testBoxUsesTheBorderSet() {
        var buffer = Buffer(size: Size(width: 4, height: 3))
        buffer.box(buffer.bounds, borders: .ascii)
        assertSnapshot(buffer, """
        +--+
        |  |
        +--+
        """)
        XCTAssertEqual(buffer[0, 0].role, .border)
    }

    func testRestyleKeepsText() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.put("ab", at: Point(x: 0, y: 0))
        buffer.restyle(Rect(x: 1, y: 0, width: 1, height: 1), role: .selected, emphasis: .reverse)
        XCTAssertEqual(buffer[1, 0].character, "b")
        XCTAssertEqual(buffer[1, 0].role, .selected)
        XCTAssertEqual(buffer[1, 0].emphasis, .reverse)
        XCTAssertEqual(buffer[0, 0].role, .normal)
    }
}
