import Glibc
import TermUI
import XCTest

/// The buffer must measure text exactly as the terminal (ncurses, via glibc `wcwidth`)
/// places it, or columns drift on screen.
final class DisplayWidthTests: XCTestCase {
    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0xFF,
        0x1100...0x11FF, 0x2500...0x257F, 0x2E80...0x303F, 0x3040...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x2FFFD,
    ]

    /// Swift's Glibc module does not export `wcwidth` (it sits behind `_XOPEN_SOURCE`),
    /// so it is looked up in the C library already loaded into the process.
    typealias WcwidthFunction = @convention(c) (wchar_t) -> Int32

    func testAgreesWithGlibcWcwidth() throws {
        XCTAssertNotNil(setlocale(LC_ALL, "C.UTF-8"), "the C.UTF-8 locale is needed for wcwidth")
        let symbol = try XCTUnwrap(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"), "wcwidth not found")
        let wcwidth = unsafeBitCast(symbol, to: WcwidthFunction.self)
        var disagreements: [String] = []
        var checked = 0
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                checked += 1
                let glibc = Int(wcwidth(wchar_t(value)))
                let ours = DisplayWidth.of(scalar) ?? -1
                if glibc != ours {
                    disagreements.append(String(format: "U+%04X glibc %d ours %d", value, glibc, ours))
                }
            }
        }
        XCTAssertGreaterThan(checked, 100_000)
        XCTAssertTrue(
            disagreements.isEmpty,
            "\(disagreements.count) code points disagree; first: \(disagreements.prefix(10).joined(separator: ", "))"
        )
    }

    func testCommonWidths() {
        XCTAssertEqual("营业厅".displayWidth, 6)
        XCTAssertEqual("A1号".displayWidth, 4)
        XCTAssertEqual("，。".displayWidth, 4)
        XCTAssertEqual("ＡＢ".displayWidth, 4)
        XCTAssertEqual("─│┌".displayWidth, 3)
        XCTAssertEqual("e\u{301}".displayWidth, 1, "a combining accent takes no column")
        XCTAssertEqual("\u{1B}[31m".displayWidth, 5, "ESC counts as its one-column replacement")
    }
}
