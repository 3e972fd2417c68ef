import TermUI
import XCTest

final class ThemeTests: XCTestCase {
    func testNamesFromThemeFilesParse() {
        XCTAssertEqual(Color(name: "bright-red"), .brightRed)
        XCTAssertEqual(Color(name: "default"), .terminalDefault)
        XCTAssertNil(Color(name: "orange"))
        XCTAssertEqual(ThemeRole(name: "key_hint"), .keyHint)
        XCTAssertEqual(ThemeRole(name: "Overdue"), .overdue)
        XCTAssertNil(ThemeRole(name: "nonsense"))
    }

    func testMonochromeHasNoColourAndStandardDoes() {
        XCTAssertFalse(Theme.monochrome.hasColour)
        XCTAssertTrue(Theme.standard.hasColour)
        XCTAssertEqual(Theme.ascii.borders, .ascii)
        XCTAssertTrue(BorderSet.ascii.isASCII)
        XCTAssertFalse(BorderSet.unicode.isASCII)
    }

    func testWithoutColourABackgroundBandBecomesReverse() {
        let plain = Theme.standard.withoutColour
        XCTAssertFalse(plain.hasColour)
        XCTAssertEqual(plain.style(for: .selected).emphasis, .reverse)
        XCTAssertEqual(plain.style(for: .overdue).emphasis, .bold)
        XCTAssertEqual(plain.style(for: .waiting).emphasis, [])
    }

    func testMissingRoleFallsBackToNormal() {
        let theme = Theme(name: "tiny", styles: [.normal: Style(foreground: .green)])
        XCTAssertEqual(theme.style(for: .overdue), Style(foreground: .green))
    }
}
