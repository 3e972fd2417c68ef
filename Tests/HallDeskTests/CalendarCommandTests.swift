import Foundation
import XCTest

/// `halldesk calendar` on a data folder made by `halldesk init`: the seeds' calendar is
/// copied in with its subfolder, and the National Day example comes out as the issue has it.
final class CalendarCommandTests: XCTestCase {
    private func dataFolder() throws -> (halldesk: URL, data: String) {
        let halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        let data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: data + "/seeds/calendar/2026.toml"), "init copies seeds/calendar/")
        return (halldesk, data)
    }

    func testDueAfterOneWorkingDayOverNationalDay() throws {
        let (halldesk, data) = try dataFolder()
        let run = try runCapturing(halldesk, ["calendar", "due", "--data", data, "--from", "2026-09-30 16:00", "--working-days", "1"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.output.split(separator: "\n").map(String.init), [
            "到期：2026-10-08 16:00 周四（Asia/Shanghai）",
            "期限：1 个工作日，自 2026-09-30 16:00 起",
            "说明：9月30日 周三 16:00 收到",
            "  → 10月1日–10月7日 国庆节放假",
            "  → 10月8日 周四 上班",
            "  → 10月8日 16:00 到期",
        ])
        XCTAssertEqual(run.errors, "")
    }

    func testDueAsJSONAndIntoAnUnloadedYearWarns() throws {
        let (halldesk, data) = try dataFolder()
        let json = try runCapturing(halldesk, ["calendar", "due", "--data", data, "--from", "2026-09-30 23:30", "--minutes", "45", "--json"])
        XCTAssertEqual(json.status, 0, json.errors)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        XCTAssertEqual(object["due"] as? String, "2026-10-01T00:15:00+08:00")
        XCTAssertEqual(object["assumedYears"] as? [Int], [])
        let late = try runCapturing(halldesk, ["calendar", "due", "--data", data, "--from", "2026-12-31 16:00", "--working-days", "1"])
        XCTAssertEqual(late.status, 0, late.errors)
        XCTAssertTrue(late.output.hasPrefix("到期：2027-01-01 16:00 周五（Asia/Shanghai）  ※推定，2027 年日历未载入"), late.output)
        XCTAssertTrue(late.errors.contains("警告：2027 年的节假日安排没有载入"), late.errors)
    }

    func testShowFitsEightyColumnsAndRefusesAnUnloadedYear() throws {
        let (halldesk, data) = try dataFolder()
        let show = try runCapturing(halldesk, ["calendar", "show", "2026", "--data", data])
        XCTAssertEqual(show.status, 0, show.errors)
        let lines = show.output.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.contains("  国庆节：10月1日–10月7日 放假；9月20日 周日、10月10日 周六 调休上班"))
        XCTAssertTrue(lines.contains(" 12    13    14    15    16    17    18"))
        XCTAssertTrue(lines.contains("  9    10    11    12    13    14班  15休"))
        XCTAssertTrue(lines.contains("全年工作日 248 天；节假日放假 33 天；调休上班 6 天"))
        for line in lines {
            // Every character outside ASCII that this output uses is two columns wide.
            let width = line.unicodeScalars.reduce(0) { $0 + ($1.isASCII || $1 == "–" ? 1 : 2) }
            XCTAssertLessThanOrEqual(width, 80, String(line))
        }
        let missing = try runCapturing(halldesk, ["calendar", "show", "2027", "--data", data])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("2027 年的节假日安排没有载入"), missing.errors)
    }
}
