import Foundation
import XCTest
@testable import HallStore

/// hall.toml's `[voice]` and `[display]`: the shipped hall speaks Mandarin twice and
/// Cantonese once through espeak-ng, and each mistake is named.
final class SeedVoiceTests: XCTestCase {
    private func hallTOML(_ extra: String) throws -> URL {
        let url = try makeTemporaryFolder(self).appendingPathComponent("hall.toml")
        try (try String(contentsOf: Checkout.seeds.appendingPathComponent("hall.toml"), encoding: .utf8)
            .components(separatedBy: "\n[display]").first! + extra).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    func testTheShippedHallSpeaksMandarinTwiceThenCantonese() throws {
        let shipped = Checkout.seeds.appendingPathComponent("hall.toml")
        let config = try XCTUnwrap(try SeedVoice.load(shipped, dataFolder: URL(fileURLWithPath: "/srv/halldesk")))
        XCTAssertEqual(config.backend, .espeakNG)
        XCTAssertEqual(config.utteranceVoices, ["cmn", "cmn", "yue"])
        XCTAssertEqual(try SeedDisplay.notice(shipped)?.hasPrefix("请凭号到对应窗口办理"), true)
    }

    func testAFileFolderIsTakenInsideTheDataFolder() throws {
        let url = try hallTOML("\n[voice]\nbackend = \"file\"\nfolder = \"prompts\"\nmandarin_repeats = 1\n")
        let config = try XCTUnwrap(try SeedVoice.load(url, dataFolder: URL(fileURLWithPath: "/srv/halldesk")))
        XCTAssertEqual(config.backend, .file(folder: "/srv/halldesk/prompts"))
        XCTAssertEqual(config.utteranceVoices, ["cmn"])
        XCTAssertNil(try SeedDisplay.notice(url))
    }

    func testMistakesAreNamed() throws {
        let cases = [
            ("backend = \"festival\"", "[voice] backend = \"festival\" 无效，应为 \"espeak-ng\"、\"command\" 或 \"file\""),
            ("backend = \"command\"\ncommand = \"say\"", "[voice] backend = \"command\" 需要 command，且其中要有 {text}，例如 command = \"myengine --voice {voice} {text}\""),
            ("backend = \"espeak-ng\"\nmandarin_repeats = 5", "[voice] mandarin_repeats 应为 1 到 3（普通话播几遍），缺省 2"),
        ]
        for (table, message) in cases {
            XCTAssertThrowsError(try SeedVoice.load(try hallTOML("\n[voice]\n" + table + "\n"), dataFolder: URL(fileURLWithPath: "/srv"))) {
                XCTAssertEqual(($0 as? SeedError)?.problem, message)
            }
        }
    }
}
