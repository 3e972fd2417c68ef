import Foundation
import XCTest

/// The forged-snapshot attacks of issue 12, replayed through the real binary: a snapshot
/// whose head was moved back to an earlier real record while its state stayed later, and
/// one with a switch-in put in. Both are set aside (their bytes are not what
/// the log's `snapshotTaken` record names), the log is replayed from the start, and every
/// command acts on the true state.
final class SnapshotForgeryTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var data = ""
    private var snapshotURL: URL { URL(fileURLWithPath: data + "/snapshots/snapshot.json") }

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
    }

    private func run(_ staff: String?, _ arguments: [String], terminal: String = "pts/1") throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, arguments + ["--data", data] + (staff.map { ["--staff", $0] } ?? []),
                         environment: ["HALLDESK_TERMINAL": terminal])
    }

    @discardableResult
    private func step(_ staff: String?, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(staff, arguments)
        XCTAssertEqual(result.status, 0, "\(arguments.joined(separator: " ")): \(result.errors)", file: file, line: line)
        return result.output
    }

    private func newComplaint() throws {
        try step("K01", ["order", "new", "--kind", "complaint", "--source", "hall", "--category", "DFZY", "--name", "张伟",
                         "--phone", "13812341234", "--address", "天河北路 1 号", "--area", "天河北", "--station", "天河供电所",
                         "--area-type", "city", "--customer-kind", "居民", "--description", "本月电费比上月高出一倍"])
    }

    private func serveNext() throws {
        try step("C01", ["slip", "call", "--counter", "1"])
        try step("C01", ["slip", "start", "--counter", "1"])
        try step("C01", ["slip", "finish", "--counter", "1"])
    }

    private func issue() throws {
        try step("G01", ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单"])
    }

    /// Every record of the log as a JSON object, in order.
    private func records() throws -> [[String: Any]] {
        let lines = try String(contentsOfFile: data + "/events.log", encoding: .utf8).split(separator: "\n")
        return try lines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    /// The parts of `queue status --json` that do not move with the clock.
    private func queues() throws -> String {
        let status = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try step(nil, ["queue", "status", "--json"]).utf8)) as? [String: Any])
        let queues = (status["queues"] as? [[String: Any]] ?? []).map { "\($0["letter"] ?? "")：等候 \($0["waiting"] ?? "") 办结 \($0["servedToday"] ?? "")" }
        let counters = (status["counters"] as? [[String: Any]] ?? []).map {
            "\($0["number"] ?? "") \($0["state"] ?? "") \($0["slipInHand"] ?? "-") 办结 \($0["servedToday"] ?? "")"
        }
        return (queues + counters).joined(separator: "\n")
    }

    private func envelope() throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: snapshotURL)) as? [String: Any])
    }

    private func writeSnapshot(_ envelope: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys, .withoutEscapingSlashes]).write(to: snapshotURL)
    }

    func testASnapshotWithItsHeadMovedBackIsSetAsideAndNothingIsDoneTwice() throws {
        try step("C01", ["counter", "open", "--counter", "1"])
        try issue()
        try issue()
        try serveNext()
        try newComplaint()
        XCTAssertTrue(try step("A01", ["log", "snapshot"]).contains("已写快照"))
        let earlier = try XCTUnwrap(try envelope()["head"] as? [String: Any])

        try serveNext()
        try newComplaint()
        try issue()
        try step("A01", ["log", "snapshot"])
        // The later state, its head moved back to the earlier real record (offset and hash).
        var forged = try envelope()
        forged["head"] = earlier
        try writeSnapshot(forged)

        let shown = try queues()
        let notice = try step("A01", ["log", "snapshot"])
        XCTAssertTrue(notice.contains("快照与日志不符，已从头重放"), notice)
        try writeSnapshot(forged)
        let doctor = try run(nil, ["doctor"])
        XCTAssertTrue(doctor.output.contains("快照与日志不符"), doctor.output)

        try FileManager.default.removeItem(at: snapshotURL)
        XCTAssertEqual(shown, try queues(), "the queues the forged snapshot would have doubled are the log's")
        XCTAssertTrue(shown.contains("1 open - 办结 2"), shown)
        try writeSnapshot(forged)

        let listed = try step(nil, ["order", "list", "--json"]).split(separator: "\n")
        let numbers = try listed.map { try XCTUnwrap((JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["number"] as? String) }
        XCTAssertEqual(numbers.sorted(), ["GD000001", "GD000002"], "each order once")

        let called = try step("C01", ["slip", "call", "--counter", "1"])
        let calls = try records().filter { $0["type"] as? String == "slipCalled" }.compactMap { ($0["body"] as? [String: Any])?["slip"] as? String }
        XCTAssertEqual(calls.count, 3, called)
        XCTAssertEqual(Set(calls).count, 3, "no finished slip is called again: \(calls)")
        XCTAssertEqual(try run(nil, ["log", "verify"]).status, 0)
    }

    func testASwitchedStaffEntryPutIntoTheSnapshotGivesNobodyAnotherMember() throws {
        try newComplaint()
        try step("A01", ["log", "snapshot"])
        // Root is the guide G01 from now on, as on a door terminal, and nobody switched in.
        let roster = URL(fileURLWithPath: data + "/seeds/staff.toml")
        let text = try String(contentsOf: roster, encoding: .utf8)
            .replacingOccurrences(of: "login = \"root\"", with: "login = \"retired-admin\"")
            .replacingOccurrences(of: "login = \"heminyi\"", with: "login = \"root\"")
        try text.write(to: roster, atomically: true, encoding: .utf8)
        var injected = try envelope()
        var state = try XCTUnwrap(injected["state"] as? [String: Any])
        state["switchIns"] = ["door-1": ["member": "M01", "at": Date().timeIntervalSinceReferenceDate]]
        injected["state"] = state
        try writeSnapshot(injected)

        let acted = try runCapturing(halldesk, ["order", "list", "--unmasked", "--staff", "M01", "--data", data],
                                     environment: ["HALLDESK_TERMINAL": "door-1"])
        XCTAssertEqual(acted.status, 1, acted.output)
        XCTAssertTrue(acted.errors.contains("不能以 M01 的身份操作"), acted.errors)
        XCTAssertFalse(acted.output.contains("13812341234"), acted.output)
        XCTAssertTrue(try records().allSatisfy { $0["actor"] as? String != "M01" })
    }
}
