import XCTest
import HallSession

/// The console works a figure out once per log head, minute and viewer (`HeadMinuteMemo`):
/// a key that only moves the cursor reuses it, and any of the three moving works it out anew.
final class HeadMinuteMemoTests: XCTestCase {
    func testAFigureIsWorkedOutAgainOnlyWhenTheHeadTheMinuteOrTheViewerMoves() {
        var memo = HeadMinuteMemo<Int>()
        var made = 0
        func ask(_ seq: Int, _ seconds: Double, _ viewer: String? = "K01") -> Int {
            memo.value(seq: seq, now: Date(timeIntervalSince1970: seconds), viewer: viewer) {
                made += 1
                return made
            }
        }
        XCTAssertEqual(ask(10, 600), 1)
        XCTAssertEqual(ask(10, 659), 1, "the same minute and head")
        XCTAssertEqual(ask(11, 659), 2, "a new record")
        XCTAssertEqual(ask(11, 660), 3, "the next minute")
        XCTAssertEqual(ask(11, 660, "D01"), 4, "another member at the terminal (F4)")
        XCTAssertEqual(ask(11, 661, "D01"), 4)
    }
}
