import Foundation
import Glibc
import XCTest

/// `halldesk doctor` through the binary: a fresh hall passes (exit 0, warnings allowed), a
/// folder with a wrong mode and a forged snapshot fails with exit 1 and the fixes in
/// Chinese, and `--json` gives one object per check.
final class DoctorCommandTests: XCTestCase {
    private func doctor(_ data: String, json: Bool = false) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(try builtHalldesk(), ["doctor", "--data", data] + (json ? ["--json"] : []),
                         environment: ["HALLDESK_NOW": "2026-06-01 09:00"])
    }

    func testAFreshHallPassesAndAnAbusedOneSaysWhatToFix() throws {
        let data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--practice", "--data", data]), 0)
        let fresh = try doctor(data)
        XCTAssertEqual(fresh.status, 0, fresh.output + fresh.errors)
        for check in ["文件权限", "磁盘空间", "日志哈希链", "快照", "PIN", "工作日历", "打印机", "叫号语音", "客户短信提醒"] {
            XCTAssertTrue(fresh.output.contains("[正常] \(check)"), "\(check): \(fresh.output)")
        }
        XCTAssertTrue(fresh.output.contains("结论：全部正常。"), fresh.output)

        XCTAssertEqual(chmod(data + "/events.log", 0o666), 0)
        let open = try doctor(data)
        XCTAssertEqual(open.status, 1)
        XCTAssertTrue(open.output.contains("[问题] 文件权限：权限过宽"), open.output)
        XCTAssertTrue(open.output.contains("修复：chmod 0640 '\(data)/events.log'"), open.output)

        let json = try doctor(data, json: true)
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        XCTAssertEqual(findings.map { $0["key"] as? String }, ["modes", "file-kinds", "readers", "disk", "chain", "snapshot", "pins", "calendar", "printer", "voice", "notices"])
        XCTAssertEqual(findings.first?["level"] as? String, "problem")

        let missing = try runCapturing(try builtHalldesk(), ["doctor", "--data", data + "-nowhere"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("halldesk init"), missing.errors)
    }
}
