import Foundation
import XCTest

/// `halldesk order escalate-due` as a cron job runs it on a hall with no console open, in a
/// practice folder whose clock is `HALLDESK_NOW`: nothing before the warning point, one
/// escalation at it, none on the next run, the next at the deadline; then the people named
/// acknowledge with `order ack-escalation`.
final class EscalateDueCommandTests: XCTestCase {
    private var hall: PracticeHall!

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
    }

    private func order(_ staff: String, _ arguments: [String], at now: String) throws -> (status: Int32, output: String, errors: String) {
        try hall.run(["order"] + arguments, staff: staff, at: now)
    }

    @discardableResult
    private func step(_ staff: String, _ arguments: [String], at now: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try hall.step(["order"] + arguments, staff: staff, at: now, file: file, line: line)
    }

    private func log() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: hall.data + "/events.log"))
    }

    func testACronRunEscalatesOnceAtEachPointAndTheNamedPeopleAcknowledge() throws {
        // Received Monday 11-23 09:00: first contact due Tuesday 09:00, so 3.5 working hours
        // before it (half an hour on Tuesday, three on Monday afternoon) is Monday 14:30.
        try step("K01", ["new", "--kind", "投诉", "--source", "hall", "--category", "DFZY", "--name", "张伟", "--phone", "13812341234",
                         "--address", "天河北路 1 号", "--area", "天河北", "--station", "天河供电所", "--area-type", "city",
                         "--customer-kind", "居民", "--description", "本月电费比上月高出一倍"], at: "2026-11-23 09:00")
        try step("K01", ["dispatch", "GD000001", "--lead", "营销部"], at: "2026-11-23 09:10")
        try step("D01", ["accept", "GD000001"], at: "2026-11-23 09:20")

        let before = try log()
        XCTAssertEqual(try step("K01", ["escalate-due"], at: "2026-11-23 14:29"), "此刻没有需要按时限升级的工单。\n")
        XCTAssertEqual(try log(), before, "nothing due writes nothing")

        let warning = try step("G01", ["escalate-due"], at: "2026-11-23 14:30")
        XCTAssertTrue(warning.contains("升级至部门负责人：首次联系临期预警"), warning)
        XCTAssertEqual(try step("K01", ["escalate-due"], at: "2026-11-23 14:35"), "此刻没有需要按时限升级的工单。\n", "not twice")

        let deadline = try step("K01", ["escalate-due", "--json"], at: "2026-11-24 09:01")
        let lines = deadline.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, deadline)
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(record["type"] as? String, "workOrderEscalated")
        let body = try XCTUnwrap(record["body"] as? [String: String])
        XCTAssertEqual(body, ["order": "GD000001", "level": "stationHead", "reason": "deadlinePassed", "deadline": "firstContact"])

        let handler = try order("D01", ["ack-escalation", "GD000001"], at: "2026-11-24 09:05")
        XCTAssertEqual(handler.status, 1)
        XCTAssertTrue(handler.errors.contains("专业部门经办人不能确认已知悉升级"), handler.errors)
        XCTAssertTrue(try step("H01", ["ack-escalation", "GD000001"], at: "2026-11-24 09:06").contains("部门负责人已知悉升级"))
        XCTAssertTrue(try step("M01", ["ack-escalation", "GD000001"], at: "2026-11-24 09:07").contains("供电所所长已知悉升级"))
        let again = try order("M01", ["ack-escalation", "GD000001"], at: "2026-11-24 09:08")
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.contains("工单 GD000001 没有待确认的升级，无需确认"), again.errors)
    }
}
