import SnapshotAssert
import TermUI
import XCTest

final class TableViewTests: XCTestCase {
    func testColumnsAlignWithMixedChineseAndASCII() {
        let table = TableView(
            columns: [
                TableColumn("号", width: 5),
                TableColumn("业务类型", width: 10),
                TableColumn("等候", width: 6, alignment: .trailing),
            ],
            rows: [
                ["A001", "居民新装", "5分钟"],
                ["B12", "非居民增容业务办理", "12分钟"],
                ["VIP1", "Fault报修", "0"],
            ],
            selection: 1
        )
        var buffer = Buffer(size: Size(width: 23, height: 4))
        table.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, """
        号    业务类型     等候
        A001  居民新装    5分钟
        B12   非居民增…  12分钟
        VIP1  Fault报修       0
        """)
        XCTAssertEqual(buffer[0, 0].role, .header)
        XCTAssertEqual(buffer[22, 2].role, .selected)
        XCTAssertEqual(buffer[0, 3].role, .normal)
    }

    func testBodyScrollsUnderTheHeader() {
        var table = TableView(columns: [TableColumn("号", width: 4)], rows: (1...6).map { ["A\($0)"] }, selection: 0)
        for _ in 0..<4 { table.moveSelection(by: 1, visibleRows: 2) }
        var buffer = Buffer(size: Size(width: 4, height: 3))
        table.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, """
        号
        A4
        A5
        """)
    }

    private let queues = TableView(columns: [TableColumn("队列", width: 8), TableColumn("等候", width: 4, alignment: .trailing),
                                             TableColumn("营业员", width: 8)],
                                   rows: [["A 缴费", "3", "陈晓敏"]])

    /// A narrow screen keeps the leading columns that fit whole rather than a cut cell.
    func testANarrowTableDropsTheColumnsThatDoNotFitWhole() {
        let table = queues.fitted(to: 16)
        XCTAssertEqual(table.columns.map(\.title), ["队列", "等候"])
        XCTAssertEqual(table.columns.map(\.width), [10, 5], "the three columns left over shared out")
    }

    /// A wide screen widens every column in proportion to its width.
    func testAWideTableWidensEveryColumnInProportion() {
        let table = queues.fitted(to: 42)
        XCTAssertEqual(table.columns.map(\.width), [16, 8, 16])
        XCTAssertEqual(queues.fitted(to: 22).columns.map(\.width), [8, 4, 8], "exactly the natural width: unchanged")
    }
}
