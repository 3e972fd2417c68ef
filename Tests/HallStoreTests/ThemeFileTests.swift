import Foundation
@testable import HallStore
import XCTest

/// The shipped theme files read, and a theme file with a wrong border set is refused.
final class ThemeFileTests: XCTestCase {
    func testTheShippedThemesLoad() throws {
        let standard = try ThemeFile.load(Checkout.root.appendingPathComponent("themes/standard.toml"))
        XCTAssertEqual(standard.borders, "unicode")
        XCTAssertEqual(standard.roles["overdue"], ThemeFile.RoleLook(foreground: "bright-red", background: nil, emphasis: ["bold"]))
        let ascii = try ThemeFile.load(Checkout.root.appendingPathComponent("themes/ascii.toml"))
        XCTAssertEqual(ascii.borders, "ascii")
        XCTAssertEqual(ascii.roles, standard.roles, "ascii is the standard colours with other borders")
        let monochrome = try ThemeFile.load(Checkout.root.appendingPathComponent("themes/monochrome.toml"))
        XCTAssertTrue(monochrome.roles.values.allSatisfy { $0.foreground == nil && $0.background == nil }, "no colour at all")
        XCTAssertEqual(Set(monochrome.roles.keys), Set(standard.roles.keys), "every theme gives every meaning a look")
    }

    func testUnknownBordersAreRefused() throws {
        let folder = try makeTemporaryFolder(self)
        let url = folder.appendingPathComponent("odd.toml")
        try "name = \"odd\"\nborders = \"double\"\n[roles]\n".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ThemeFile.load(url)) { XCTAssertTrue("\($0)".contains("borders 只能是 unicode 或 ascii"), "\($0)") }
    }
}
