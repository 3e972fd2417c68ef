import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// A log that cannot be written shows across the top of every pane, in words and in the
/// error colour, and takes rows from the pane rather than covering it.
final class LogBannerTests: XCTestCase {
    private let text = "磁盘已满（剩余 0 KiB）：日志 /srv/halldesk/events.log 暂不能写入，操作会被拒绝，可以照常查看。请清理该磁盘或扩容；空间恢复后自动继续，无需重启。"

    private func driver(_ pane: PaneID, banner: String?) throws -> PaneDriver {
        var desk = PaneDriver(ConsoleModel(start: pane, counter: 2), state: try HallScenario.busyMorning().state)
        desk.facts.log.banner = banner
        return desk
    }

    func testTheBannerNamesTheFileAndWhatToDoOnEveryPane() throws {
        for pane in [PaneID.home, .guide, .counter, .manager, .eventLog] {
            let desk = try driver(pane, banner: text)
            let lines = desk.lines
            XCTAssertTrue(lines[2].hasPrefix("⚠ 磁盘已满"), "\(pane): \(lines[2])")
            XCTAssertTrue(lines[2...3].joined().contains("/srv/halldesk/events.log"), "\(pane)")
            XCTAssertTrue(lines[2...3].joined().contains("空间恢复后自动继续"), "\(pane): \(lines[2...3])")
            XCTAssertTrue(lines[0].contains("日志不可写"), lines[0])
            XCTAssertTrue(lines[4].hasPrefix("┌"), "the pane starts under the banner: \(lines[4])")
            XCTAssertEqual(desk.role(of: "⚠ 磁盘已满"), .error)
        }
    }

    func testALongBannerIsCutToTwoRowsAndNothingShowsWithoutOne() throws {
        let long = try driver(.home, banner: String(repeating: "日志暂不能写入。", count: 40))
        XCTAssertTrue(long.lines[3].hasSuffix("…") || long.lines[3].contains("…"), long.lines[3])
        XCTAssertTrue(long.lines[4].hasPrefix("┌"))
        let clear = try driver(.home, banner: nil)
        XCTAssertTrue(clear.lines[2].hasPrefix("┌"))
        XCTAssertFalse(clear.lines[0].contains("日志不可写"))
    }

    func testTheBannerStillFitsAtTheMinimumSize() throws {
        var desk = try driver(.counter, banner: text)
        desk.size = Size(width: 80, height: 24)
        XCTAssertTrue(desk.lines[2].hasPrefix("⚠"))
        XCTAssertTrue(desk.lines.suffix(2).joined().contains("帮助"), "the key bar is still there (it wraps at 80 columns)")
    }
}
