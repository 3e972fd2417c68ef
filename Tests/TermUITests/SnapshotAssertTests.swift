import SnapshotAssert
import TermUI
import XCTest

final class SnapshotAssertTests: XCTestCase {
    func testEqualSnapshotsHaveNoDiffAndTrailingSpacesDoNotCount() {
        var buffer = Buffer(size: Size(width: 6, height: 2))
        buffer.put("营业", at: Point(x: 0, y: 0))
        XCTAssertEqual(snapshotLines(buffer), ["营业", ""])
        XCTAssertNil(snapshotDiff(expected: "营业  \n", actual: snapshotLines(buffer)))
    }

    func testDiffNamesTheDifferingLine() throws {
        let diff = try XCTUnwrap(snapshotDiff(expected: "第一行\n第二行\n第三行", actual: ["第一行", "第2行", "第三行"]))
        XCTAssertTrue(diff.contains("  ✗ 2 -第二行\n      +第2行"), diff)
        XCTAssertTrue(diff.contains("    1 |第一行"), diff)
        XCTAssertFalse(diff.contains("✗ 1"), diff)
        XCTAssertFalse(diff.contains("✗ 3"), diff)
    }

    func testDiffReportsMissingLines() throws {
        let diff = try XCTUnwrap(snapshotDiff(expected: "a\nb", actual: ["a"]))
        XCTAssertTrue(diff.contains("expected 2 lines, actual 1"), diff)
        XCTAssertTrue(diff.contains("✗ 2 -b\n      +<no line>"), diff)
    }
}
