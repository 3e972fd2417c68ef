import Foundation
import XCTest

/// Through the binary, in a practice folder with the seeds' `[snapshots]`: a hall whose log
/// has no snapshot gets one by itself with the first record of the next business day, and
/// the next command starts from it; a lower `every_records` takes them by count and the oldest are removed.
final class AutoSnapshotCommandTests: XCTestCase {
    private var data = ""

    override func setUpWithError() throws {
        data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--practice", "--data", data]), 0)
    }

    @discardableResult
    private func run(_ arguments: [String], now: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try runCapturing(try builtHalldesk(), arguments + ["--data", data], environment: ["HALLDESK_NOW": now, "HALLDESK_TERMINAL": "pts/1"])
        XCTAssertEqual(result.status, 0, "\(arguments.joined(separator: " ")): \(result.errors)", file: file, line: line)
        return result.output
    }

    private func issue(at now: String) throws {
        try run(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单", "--staff", "G01"], now: now)
    }

    private func snapshotFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: data + "/snapshots").sorted()
    }

    private func takenCount() throws -> Int {
        try String(contentsOfFile: data + "/events.log", encoding: .utf8).components(separatedBy: #""type":"snapshotTaken""#).count - 1
    }

    func testTheNextBusinessDayTakesASnapshotAndTheNextStartUsesIt() throws {
        try run(["counter", "open", "--counter", "1", "--staff", "C01"], now: "2026-11-03 09:15")
        try issue(at: "2026-11-03 09:20")
        XCTAssertEqual(try snapshotFiles(), [])
        try issue(at: "2026-11-04 08:40")
        XCTAssertEqual(try takenCount(), 1)
        let files = try snapshotFiles()
        XCTAssertEqual(files.count, 1, "\(files)")
        XCTAssertTrue(files[0].hasPrefix("snapshot-") && files[0].hasSuffix(".bin"), "\(files)")

        let doctor = try runCapturing(try builtHalldesk(), ["doctor", "--data", data])
        XCTAssertTrue(doctor.output.contains("与日志相符，且与重放到第"), doctor.output)
        try issue(at: "2026-11-04 08:45")
        XCTAssertEqual(try takenCount(), 1, "once a day")
    }

    func testEveryNRecordsFromTheHallsSeedsKeepingTheLastK() throws {
        let hall = data + "/seeds/hall.toml"
        let text = try String(contentsOfFile: hall, encoding: .utf8)
        XCTAssertTrue(text.contains("every_records = 20000"))
        try text.replacingOccurrences(of: "every_records = 20000", with: "every_records = 10")
            .replacingOccurrences(of: "keep = 3", with: "keep = 2")
            .write(toFile: hall, atomically: true, encoding: .utf8)
        var minute = 0
        while try takenCount() < 3 {
            try issue(at: String(format: "2026-11-03 %02d:%02d", 9 + minute / 60, minute % 60))
            minute += 1
            XCTAssertLessThan(minute, 40)
        }
        XCTAssertEqual(try snapshotFiles().count, 2, "the last two kept")
        let status = try run(["queue", "status", "--json"], now: String(format: "2026-11-03 %02d:%02d", 9 + minute / 60, minute % 60))
        XCTAssertTrue(status.contains("\"queues\""), status)
    }
}
