import Foundation
import XCTest

/// `HALLDESK_NOW`: a script acts at a chosen hall time, never behind the log's business day.
final class ScriptClockTests: XCTestCase {
    private func run(_ arguments: [String], now: String) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(try builtHalldesk(), arguments, environment: ["HALLDESK_NOW": now])
    }

    func testEventsRecordTheScriptsTimeAndTheLogNeverGoesBackADay() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("clock-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--data", data]), 0)
        let opened = try run(["counter", "open", "--counter", "1", "--staff", "C01", "--data", data, "--json"], now: "2026-11-03 09:15")
        XCTAssertEqual(opened.status, 0, opened.errors)
        XCTAssertTrue(opened.output.contains(#""ts":"2026-11-03T09:15:00"#), opened.output)
        XCTAssertTrue(opened.output.contains(#""businessDay":"2026-11-03""#), opened.output)

        let behind = try run(["counter", "open", "--counter", "2", "--staff", "C02", "--data", data], now: "2026-11-02 09:15")
        XCTAssertEqual(behind.status, 1)
        XCTAssertTrue(behind.errors.contains("早于日志中的营业日 2026-11-03"), behind.errors)

        let nonsense = try run(["queue", "status", "--data", data], now: "tomorrow")
        XCTAssertEqual(nonsense.status, 1)
        XCTAssertTrue(nonsense.errors.contains("HALLDESK_NOW=tomorrow 不是时间"), nonsense.errors)
    }
}
