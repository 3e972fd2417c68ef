import TermUI
import XCTest

final class TextFitTests: XCTestCase {
    func testFitLeavesShortTextAlone() {
        XCTAssertEqual(TextFit.fit("营业厅", width: 6), "营业厅")
    }

    func testFitTruncatesByDisplayWidthWithEllipsis() {
        XCTAssertEqual(TextFit.fit("营业厅导办台", width: 7), "营业厅…")
        XCTAssertEqual(TextFit.fit("营业厅导办台", width: 6), "营业…", "a wide character never straddles the end")
        XCTAssertEqual(TextFit.fit("abcdef", width: 4), "abc…")
        XCTAssertEqual(TextFit.fit("abc", width: 0), "")
    }

    func testPadAlignsByDisplayWidth() {
        XCTAssertEqual(TextFit.pad("窗口", width: 6), "窗口  ")
        XCTAssertEqual(TextFit.pad("12", width: 5, alignment: .trailing), "   12")
        XCTAssertEqual(TextFit.pad("号", width: 5, alignment: .center), " 号  ")
        XCTAssertEqual(TextFit.pad("营业厅导办台", width: 6).displayWidth, 6)
    }

    func testWrapBreaksChineseAnywhereButNotBeforeClosingPunctuation() {
        XCTAssertEqual(TextFit.wrap("请携带身份证和房产证明", width: 8), ["请携带身", "份证和房", "产证明"])
        XCTAssertEqual(TextFit.wrap("请带身份证，谢谢", width: 10), ["请带身份", "证，谢谢"])
    }

    func testWrapBreaksLatinTextAtSpaces() {
        XCTAssertEqual(TextFit.wrap("the quick brown fox", width: 10), ["the quick", "brown fox"])
        XCTAssertEqual(TextFit.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    }

    func testWrapKeepsLineBreaksAndEveryLineFits() {
        let lines = TextFit.wrap("第一行\n第二行 mixed 中英文 text", width: 7)
        XCTAssertEqual(lines.first, "第一行")
        XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 7 }, "\(lines)")
        XCTAssertEqual(lines.joined().filter { $0 != " " }, "第一行第二行mixed中英文text")
    }
}
