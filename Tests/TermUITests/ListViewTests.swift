import SnapshotAssert
import TermUI
import XCTest

final class ListViewTests: XCTestCase {
    let items = (1...10).map { "A\($0)号 居民业务" }

    func testMovingDownScrollsToKeepTheSelectionVisible() {
        var list = ListView(items: items, selection: 0)
        for _ in 0..<5 { list.moveSelection(by: 1, visibleRows: 3) }
        XCTAssertEqual(list.selection, 5)
        XCTAssertEqual(list.offset, 3)
        var buffer = Buffer(size: Size(width: 12, height: 3))
        list.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, """
         A4号 居民…
         A5号 居民…
        >A6号 居民…
        """)
        XCTAssertEqual(buffer[11, 2].role, .selected, "the selected row is highlighted full width")
        XCTAssertEqual(buffer[11, 1].role, .normal)
    }

    func testMovingUpScrollsBackAndStopsAtTheEnds() {
        var list = ListView(items: items, selection: 9)
        list.select(9, visibleRows: 4)
        XCTAssertEqual(list.offset, 6)
        list.moveSelection(by: -4, visibleRows: 4)
        XCTAssertEqual(list.selection, 5)
        XCTAssertEqual(list.offset, 5)
        list.moveSelection(by: -100, visibleRows: 4)
        XCTAssertEqual(list.selection, 0)
        XCTAssertEqual(list.offset, 0)
        list.moveSelection(by: 100, visibleRows: 4)
        XCTAssertEqual(list.selection, 9)
    }

    func testASmallerWindowStillShowsTheSelection() {
        var list = ListView(items: items, selection: 0)
        list.select(7, visibleRows: 10)
        XCTAssertEqual(list.offset, 0)
        XCTAssertEqual(list.visibleOffset(visibleRows: 3), 5, "after a resize the view follows the selection")
    }

    func testEmptyListHasNoSelection() {
        var list = ListView(items: [], selection: 3)
        list.moveSelection(by: 1, visibleRows: 3)
        XCTAssertNil(list.selection)
    }
}
