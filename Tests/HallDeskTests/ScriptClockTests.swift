import Foundation
import XCTest

/// `HALLDESK_NOW` in a practice folder: a script acts at a chosen hall time, and a clock
/// behind the log's last record is carried forward (a few minutes) or refused (more, naming
/// the record and its writer), never written back in time. A live folder refuses the variable.
final class ScriptClockTests: XCTestCase {
    private func run(_ arguments: [String], now: String) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(try builtHalldesk(), arguments, environment: ["HALLDESK_NOW": now])
    }

    func testEventsRecordTheScriptsTimeAndTheLogNeverGoesBack() throws {
        let data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--practice", "--data", data]), 0)
        let opened = try run(["counter", "open", "--counter", "1", "--staff", "C01", "--data", data, "--json"], now: "2026-11-03 09:15")
        XCTAssertEqual(opened.status, 0, opened.errors)
        XCTAssertTrue(opened.output.contains(#""ts":"2026-11-03T09:15:00"#), opened.output)
        XCTAssertTrue(opened.output.contains(#""businessDay":"2026-11-03""#), opened.output)

        let behind = try run(["counter", "open", "--counter", "2", "--staff", "C02", "--data", data], now: "2026-11-02 09:15")
        XCTAssertEqual(behind.status, 1)
        XCTAssertTrue(behind.errors.contains("本机时钟比日志最后一条记录（第 4 条，2026-11-03 09:15:00，由 C01 在终端 script 写入）慢约 24 小时"), behind.errors)

        let slip = try run(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单", "--staff", "G01", "--data", data, "--json"],
                           now: "2026-11-03 09:20")
        XCTAssertEqual(slip.status, 0, slip.errors)
        let stepped = try run(["slip", "call", "--counter", "1", "--staff", "C01", "--data", data, "--json"], now: "2026-11-03 09:17")
        XCTAssertEqual(stepped.status, 0, stepped.errors)
        XCTAssertTrue(stepped.output.contains(#""ts":"2026-11-03T09:20:00"#), "three minutes behind: stamped at the last record's time: \(stepped.output)")
        let status = try run(["queue", "status", "--data", data, "--json"], now: "2026-11-03 09:18")
        XCTAssertFalse(status.output.contains("-"), "no negative minutes anywhere: \(status.output)")
        let farBehind = try run(["slip", "finish", "--counter", "1", "--staff", "C01", "--data", data], now: "2026-11-03 09:00")
        XCTAssertEqual(farBehind.status, 1)
        XCTAssertTrue(farBehind.errors.contains("慢约 20 分钟，超过允许的 5 分钟"), farBehind.errors)
        XCTAssertTrue(farBehind.errors.contains("请校准本机时钟"), farBehind.errors)

        let nonsense = try run(["queue", "status", "--data", data], now: "tomorrow")
        XCTAssertEqual(nonsense.status, 1)
        XCTAssertTrue(nonsense.errors.contains("HALLDESK_NOW=tomorrow 不是时间"), nonsense.errors)
    }

    func testALiveHallRefusesTheVariableAndTheYearsOutOfRange() throws {
        let data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--data", data]), 0)
        let live = try run(["counter", "open", "--counter", "1", "--staff", "C01", "--data", data], now: "2026-11-03 09:15")
        XCTAssertEqual(live.status, 1)
        XCTAssertTrue(live.errors.contains("环境变量 HALLDESK_NOW 只在练习用的数据目录（halldesk init --practice 建立）里有效"), live.errors)
        let terminal = try runCapturing(try builtHalldesk(), ["counter", "open", "--counter", "1", "--staff", "C01", "--data", data],
                                        environment: ["HALLDESK_TERMINAL": "counter-1"])
        XCTAssertEqual(terminal.status, 1)
        XCTAssertTrue(terminal.errors.contains("unset HALLDESK_TERMINAL"), terminal.errors)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data + "/events.log")).count, 0, "nothing written")

        let month = try runCapturing(try builtHalldesk(), ["report", "month", "0000-01", "--data", data])
        XCTAssertEqual(month.status, 1)
        XCTAssertTrue(month.errors.contains("年份 0 超出可接受的范围"), month.errors)
    }
}
