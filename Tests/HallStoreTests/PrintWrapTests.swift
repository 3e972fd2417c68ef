import XCTest
@testable import HallStore

/// Wrapping by printer columns: Chinese counts two, nothing is split, nothing is lost.
final class PrintWrapTests: XCTestCase {
    func testWidthsAreThePrintersNotTheTerminals() {
        XCTAssertEqual(ReceiptWidth.of("A012"), 4)
        XCTAssertEqual(ReceiptWidth.of("营业厅"), 6)
        XCTAssertEqual(ReceiptWidth.of("（：，。）"), 10, "fullwidth punctuation")
        XCTAssertEqual(ReceiptWidth.of("–·×"), 6, "ambiguous width: one column in a terminal, a GB18030 glyph on paper")
    }

    func testChineseBreaksByWidth() {
        XCTAssertEqual(ReceiptWrap.lines("一二三四五六七", width: 6), ["一二三", "四五六", "七"])
        XCTAssertEqual(ReceiptWrap.lines("一二三四五六七", width: 7), ["一二三", "四五六", "七"], "a wide character never straddles the edge")
    }

    func testAnASCIIRunMovesWhole() {
        XCTAssertEqual(ReceiptWrap.lines("取号时间：2025-06-03", width: 16), ["取号时间：", "2025-06-03"])
        XCTAssertEqual(ReceiptWrap.lines("ab cdefgh", width: 6), ["ab", "cdefgh"])
    }

    func testARunLongerThanTheLineIsCut() {
        XCTAssertEqual(ReceiptWrap.lines("ABCDEFGHIJ", width: 4), ["ABCD", "EFGH", "IJ"])
    }

    func testClosingPunctuationNeverStartsALine() {
        XCTAssertEqual(ReceiptWrap.lines("一二三。", width: 6), ["一二", "三。"])
        XCTAssertEqual(ReceiptWrap.lines("到12:00，下午", width: 8), ["到", "12:00，", "下午"])
    }

    func testSpacesAtABreakAreDropped() {
        XCTAssertEqual(ReceiptWrap.lines("一二三 四五", width: 6), ["一二三", "四五"])
        XCTAssertEqual(ReceiptWrap.lines("一二 三四", width: 6), ["一二", "三四"])
    }

    func testEmptyTextIsOneEmptyLine() {
        XCTAssertEqual(ReceiptWrap.lines("", width: 32), [""])
    }

    /// Random mixtures of Chinese, ASCII, spaces, punctuation, emoji and combined
    /// characters: every line fits (or is one character the paper cannot hold anyway), and
    /// the lines put together give back every character in order, only spaces dropped.
    func testWrappingNeverSplitsOrLosesACharacter() {
        let alphabet: [Character] = ["营", "业", "厅", "A", "0", "9", ":", "-", " ", " ", "，", "。", "）", "–", "😀", "é", "e\u{301}", "🇨🇳"]
        var generator = SplitMix(seed: 42)
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...60, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let width = Int.random(in: 4...48, using: &generator)
            let lines = ReceiptWrap.lines(text, width: width)
            for line in lines {
                XCTAssertTrue(ReceiptWidth.of(line) <= width || line.count == 1, "\(line) wider than \(width)")
            }
            XCTAssertEqual(Array(lines.joined().filter { $0 != " " }), Array(text.filter { $0 != " " }), text)
        }
    }
}

/// A small seeded generator, so a failure can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
