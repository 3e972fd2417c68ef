import Foundation
import HallDomain
import HallStore
import XCTest

/// The forged-snapshot attacks of issue 12, replayed through the real binary: a snapshot
/// whose head was moved back to an earlier real record while its state stayed later, and
/// one with a switch-in put in. Both are set aside (their bytes are not what
/// the log's `snapshotTaken` record names), the log is replayed from the start, and every
/// command acts on the true state. The forgeries are made with the library's own encoder,
/// as anyone with the source could.
final class SnapshotForgeryTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var data = ""
    private var snapshots: SnapshotStore { SnapshotStore(folder: URL(fileURLWithPath: data + "/snapshots")) }

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

    /// The newest snapshot's head and state.
    private func newest() throws -> (head: LogHead, state: HallState) {
        let seq = try XCTUnwrap(try snapshots.storedSeqs().first, "no snapshot file")
        return try XCTUnwrap(SnapshotBytes.decoded(HallState.self, from: try XCTUnwrap(try snapshots.storedBytes(seq: seq))))
    }

    /// Puts `bytes` under each of `seqs` and removes every other snapshot file.
    private func plant(_ bytes: [UInt8], as seqs: [Int]) throws {
        try removeSnapshots()
        for seq in seqs { try Data(bytes).write(to: snapshots.fileURL(seq: seq)) }
    }

    private func removeSnapshots() throws {
        for seq in try snapshots.storedSeqs() { try FileManager.default.removeItem(at: snapshots.fileURL(seq: seq)) }
    }

    func testASnapshotWithItsHeadMovedBackIsSetAsideAndNothingIsDoneTwice() throws {
        try step("C01", ["counter", "open", "--counter", "1"])
        try issue()
        try issue()
        try serveNext()
        try newComplaint()
        XCTAssertTrue(try step("A01", ["log", "snapshot"]).contains("已写快照"))
        let earlier = try newest().head

        try serveNext()
        try newComplaint()
        try issue()
        try step("A01", ["log", "snapshot"])
        // The later state, its head moved back to the earlier real record (offset and hash),
        // in place of both snapshots, so that there is no true one to fall back to.
        let later = try newest()
        let forged = try snapshots.encode(later.state, at: earlier).bytes
        let forgedAs = [earlier.seq, later.head.seq]
        try plant(forged, as: forgedAs)

        let shown = try queues()
        let notice = try step("A01", ["log", "snapshot"])
        XCTAssertTrue(notice.contains("快照与日志不符，已从头重放"), notice)
        try plant(forged, as: forgedAs)
        let doctor = try run(nil, ["doctor"])
        XCTAssertTrue(doctor.output.contains("快照与日志不符"), doctor.output)

        try removeSnapshots()
        XCTAssertEqual(shown, try queues(), "the queues the forged snapshot would have doubled are the log's")
        XCTAssertTrue(shown.contains("1 open - 办结 2"), shown)
        try plant(forged, as: forgedAs)

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
        var (head, state) = try newest()
        state.switchIns = ["door-1": SwitchIn(member: "M01", at: Date(), session: nil, bootTime: nil)]
        try plant(try snapshots.encode(state, at: head).bytes, as: [head.seq])

        let acted = try runCapturing(halldesk, ["order", "list", "--unmasked", "--staff", "M01", "--data", data],
                                     environment: ["HALLDESK_TERMINAL": "door-1"])
        XCTAssertEqual(acted.status, 1, acted.output)
        XCTAssertTrue(acted.errors.contains("不能以 M01 的身份操作"), acted.errors)
        XCTAssertFalse(acted.output.contains("13812341234"), acted.output)
        XCTAssertTrue(try records().allSatisfy { $0["actor"] as? String != "M01" })
    }
}
