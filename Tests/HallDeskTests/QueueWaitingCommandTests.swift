import Foundation
import XCTest

/// `halldesk queue status --queue A`: the manager board's Enter on a queue row, for scripts.
final class QueueWaitingCommandTests: XCTestCase {
    private func run(_ arguments: [String], now: String) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(try builtHalldesk(), arguments, environment: ["HALLDESK_NOW": now])
    }

    func testAQueuesWaitingSlipsWithTheirWaitsAndAnUnknownQueueRefused() throws {
        let data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--practice", "--data", data]), 0)
        for (minute, priority) in [("09:00", [String]()), ("09:05", ["--priority", "care"])] {
            let slip = try run(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单", "--staff", "G01",
                                "--data", data] + priority, now: "2026-11-03 \(minute)")
            XCTAssertEqual(slip.status, 0, slip.errors)
        }
        let list = try run(["queue", "status", "--queue", "a", "--data", data], now: "2026-11-03 09:20")
        XCTAssertEqual(list.status, 0, list.errors)
        XCTAssertEqual(list.output.split(separator: "\n").map { String($0) },
                       ["A002  电费缴纳  老弱病残孕优先  已等 15 分钟", "A001  电费缴纳  普通  已等 20 分钟"], list.output)
        let json = try run(["queue", "status", "--queue", "A", "--json", "--data", data], now: "2026-11-03 09:20")
        XCTAssertTrue(json.output.contains(#""slip":"A002""#) && json.output.contains(#""waitedMinutes":20"#), json.output)
        let unknown = try run(["queue", "status", "--queue", "Z", "--data", data], now: "2026-11-03 09:20")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.errors.contains("没有 Z 队"), unknown.errors)
    }
}
