import SnapshotAssert
import TermUI
import XCTest

final class TextFieldTests: XCTestCase {
    func testEditsChineseByCharacter() {
        var field = TextField()
        field.insert("营业厅")
        XCTAssertEqual(field.cursor, 3)
        XCTAssertEqual(field.cursorColumn, 6)
        field.moveLeft()
        XCTAssertEqual(field.cursorColumn, 4)
        field.deleteBackward()
        XCTAssertEqual(field.text, "营厅", "backspace removes one whole character")
        XCTAssertEqual(field.cursor, 1)
        XCTAssertEqual(field.cursorColumn, 2)
        field.insert("A业")
        XCTAssertEqual(field.text, "营A业厅")
        XCTAssertEqual(field.cursorColumn, 5)
    }

    func testKeysEditAndUnknownKeysAreLeftToTheCaller() {
        var field = TextField(text: "窗口")
        XCTAssertTrue(field.handle(.home))
        XCTAssertTrue(field.handle(.delete))
        XCTAssertEqual(field.text, "口")
        XCTAssertTrue(field.handle(.character("号")))
        XCTAssertEqual(field.text, "号口")
        XCTAssertFalse(field.handle(.enter))
        XCTAssertTrue(field.handle(.control("u")))
        XCTAssertEqual(field.text, "")
    }

    func testInsertDropsLineBreaksAndControls() {
        var field = TextField()
        field.insert("张三\n\u{1B}[1m13800")
        XCTAssertEqual(field.text, "张三[1m13800")
    }

    func testScrollsToKeepTheCursorVisible() {
        var field = TextField(text: "国网供电营业厅")
        XCTAssertEqual(field.cursorColumn, 14)
        var buffer = Buffer(size: Size(width: 8, height: 1))
        let cursor = field.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        XCTAssertEqual(buffer.textLines(), ["营业厅  "])
        XCTAssertEqual(cursor, Point(x: 6, y: 0))
        XCTAssertEqual(buffer[6, 0].emphasis, .reverse)

        field.moveHome()
        buffer = Buffer(size: Size(width: 8, height: 1))
        let home = field.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, "国网供电")
        XCTAssertEqual(home, Point(x: 0, y: 0))
        XCTAssertEqual(buffer[0, 0].emphasis, .reverse, "the wide character under the cursor is highlighted")
        XCTAssertEqual(buffer[1, 0].emphasis, .reverse)
        XCTAssertEqual(buffer[2, 0].emphasis, [])
    }

    func testAWideCharacterUnderTheCursorIsScrolledFullyIntoView() {
        var field = TextField(text: "abcdefg营")
        field.moveLeft()
        XCTAssertEqual(field.firstVisibleCharacter(width: 8), 1, "bcdefg in six columns, 营 under the cursor in the last two")
    }

    /// A paste arrives as one key per character; ten thousand of them must neither hang the
    /// field nor lose any, and the field still draws the end being typed at.
    func testAPasteOfTenThousandCharactersIsKeptWholeAndDraws() {
        var field = TextField()
        let pasted = Array(String(repeating: "营销部停电a", count: 1_667).prefix(10_000))
        for character in pasted { XCTAssertTrue(field.handle(.character(character))) }
        XCTAssertEqual(field.text.count, 10_000)
        XCTAssertEqual(field.text, String(pasted))
        var buffer = Buffer(size: Size(width: 10, height: 1))
        let cursor = field.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        XCTAssertEqual(cursor.x, 9, "the cursor after the last character, in the last column")
        XCTAssertEqual(buffer.textLines()[0].displayWidth, 10)
        for _ in 0..<10_000 { field.deleteBackward() }
        XCTAssertEqual(field.text, "")
    }
}
