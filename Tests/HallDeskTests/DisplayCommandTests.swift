import Foundation
import XCTest

/// `halldesk display` refuses what it cannot do before it takes the screen: a data folder
/// that is not there, and `--voice` on a hall whose seeds set no voice or a wrong one.
final class DisplayCommandTests: XCTestCase {
    private func hall() throws -> (halldesk: URL, data: URL) {
        let halldesk = try builtHalldesk()
        let data = try makeTemporaryFolder(self).appendingPathComponent("data")
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data.path]), 0)
        return (halldesk, data)
    }

    private func rewriteVoice(in data: URL, with table: String) throws {
        let url = data.appendingPathComponent("seeds/hall.toml")
        let text = try String(contentsOf: url, encoding: .utf8)
        try (text.components(separatedBy: "\n[voice]").first! + table).write(to: url, atomically: true, encoding: .utf8)
    }

    func testVoiceWithoutAVoiceTableSaysWhatToAdd() throws {
        let (halldesk, data) = try hall()
        try rewriteVoice(in: data, with: "\n")
        let run = try runCapturing(halldesk, ["display", "--voice", "--data", data.path])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.errors.contains("没有 [voice] 一节，不能播报。请加上 [voice] backend = \"espeak-ng\"，或去掉 --voice。"), run.errors)
    }

    func testAWrongBackendIsNamed() throws {
        let (halldesk, data) = try hall()
        try rewriteVoice(in: data, with: "\n[voice]\nbackend = \"festival\"\n")
        let run = try runCapturing(halldesk, ["display", "--voice", "--data", data.path])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.errors.contains("语音设置有误"), run.errors)
        XCTAssertTrue(run.errors.contains("backend = \"festival\" 无效"), run.errors)
    }

    func testAMissingDataFolderIsNotMadeIntoANewHall() throws {
        let halldesk = try builtHalldesk()
        let nowhere = try makeTemporaryFolder(self).appendingPathComponent("none")
        let run = try runCapturing(halldesk, ["display", "--data", nowhere.path])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.errors.contains("新营业厅请先运行"), run.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: nowhere.path), "a board only reads: it never makes a hall")
    }
}
