import SnapshotAssert
import TermUI
import XCTest

final class WidgetSnapshotTests: XCTestCase {
    func testBoxedPaneSetsTheTitleInTheBorder() {
        var buffer = Buffer(size: Size(width: 16, height: 4))
        let inner = BoxedPane(title: "取号").draw(into: &buffer, in: buffer.bounds, theme: .standard)
        buffer.put("下一位：A001号", at: inner.origin, clip: inner)
        assertSnapshot(buffer, """
        ┌─ 取号 ───────┐
        │下一位：A001号│
        │              │
        └──────────────┘
        """)
        XCTAssertEqual(inner, Rect(x: 1, y: 1, width: 14, height: 2))
        XCTAssertEqual(buffer[3, 0].role, .title)
        XCTAssertEqual(buffer[0, 0].role, .border)
    }

    func testFocusedPaneInASCIIThemeWithALongTitle() {
        var buffer = Buffer(size: Size(width: 12, height: 3))
        BoxedPane(title: "跨部门工单协调", isFocused: true).draw(into: &buffer, in: buffer.bounds, theme: .ascii)
        assertSnapshot(buffer, """
        +-[跨部门…-+
        |          |
        +----------+
        """)
        XCTAssertEqual(buffer[0, 0].role, .focusedBorder)
    }

    func testKeyBarLeavesOutItemsThatDoNotFitWhole() {
        let bar = KeyBar([
            KeyHint("F1", "帮助", alternate: "?"), KeyHint("/", "筛选"), KeyHint("q", "退出"), KeyHint("Tab", "切换"),
        ])
        var buffer = Buffer(size: Size(width: 24, height: 1))
        bar.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, "F1/?帮助  /筛选  q退出")
        XCTAssertEqual(buffer[0, 0].role, .keyHint)
        XCTAssertEqual(buffer[4, 0].role, .keyBar)
        XCTAssertEqual(buffer[23, 0].role, .keyBar, "the bar fills its row")
    }

    /// Given two rows the same hints wrap whole, so none is hidden: the console gives the bar
    /// as many rows as `rows(width:)` says (up to three) rather than dropping a pane's key.
    func testKeyBarWrapsWholeHintsOntoTheRowsItNeeds() {
        let bar = KeyBar([
            KeyHint("F1", "帮助", alternate: "?"), KeyHint("/", "筛选"), KeyHint("q", "退出"), KeyHint("Tab", "切换"),
        ])
        XCTAssertEqual(bar.rows(width: 24), 2)
        XCTAssertEqual(bar.rows(width: 40), 1)
        var buffer = Buffer(size: Size(width: 24, height: 2))
        bar.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, """
        F1/?帮助  /筛选  q退出
        Tab切换
        """)
        XCTAssertEqual(buffer[23, 1].role, .keyBar, "the second row is filled too")
    }

    func testTabsBracketTheSelectedTab() {
        var tabs = Tabs(titles: ["取号", "窗口", "工单"])
        tabs.selectNext()
        tabs.selectPrevious()
        tabs.selectPrevious()
        var buffer = Buffer(size: Size(width: 20, height: 1))
        tabs.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, " 取号   窗口  [工单]")
        XCTAssertEqual(buffer[14, 0].role, .selectedTab)
    }

    func testStatusLineKeepsTheRightSide() {
        var buffer = Buffer(size: Size(width: 20, height: 1))
        StatusLine(left: "已连接日志，共1024条记录", right: "09:30").draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, "已连接日志，…  09:30")
        XCTAssertEqual(buffer[19, 0].role, .status)
    }

    func testSparklineScalesToTheLargestValueAndKeepsTheNewest() {
        XCTAssertEqual(Sparkline([0, 1, 2, 4, 8]).text(width: 5), "▁▂▃▅█")
        XCTAssertEqual(Sparkline([9, 0, 7]).text(width: 2), "▁█")
        var buffer = Buffer(size: Size(width: 4, height: 1))
        Sparkline([0, 4, 8]).draw(into: &buffer, in: buffer.bounds, theme: .ascii)
        assertSnapshot(buffer, "_+@")
    }

    func testBarChartAlignsBarsAfterChineseLabels() {
        let chart = BarChart([
            Bar(label: "居民", value: 10, valueText: "10"),
            Bar(label: "非居民", value: 5, valueText: "5"),
            Bar(label: "咨询", value: 0, valueText: "0"),
        ])
        var buffer = Buffer(size: Size(width: 20, height: 3))
        chart.draw(into: &buffer, in: buffer.bounds, theme: .standard)
        assertSnapshot(buffer, """
        居民   ██████████ 10
        非居民 █████ 5
        咨询    0
        """)
    }
}
