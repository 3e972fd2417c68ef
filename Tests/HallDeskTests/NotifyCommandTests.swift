import Foundation
import XCTest

/// `halldesk notify --once` with a real sender: a shell script the test writes, which
/// appends its arguments to a file (the bureau's SMS gateway stands in). Delivery and
/// failure are recorded, failures retried up to the limit, a notify killed while the
/// sender runs leaves the spool to the next run, and nothing recorded as delivered is sent
/// again. The phone goes to the sender only; `notice list` masks it.
final class NotifyCommandTests: XCTestCase {
    private var hall: PracticeHall!
    private var folder: URL!
    private let phone = "13812345678"
    private let at = "2026-11-23 09:00"

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
        folder = try makeTemporaryFolder(self)
    }

    /// A sender script with `body` after the line that may log its arguments, and the
    /// data folder's notices.toml pointing at it.
    private func useSender(_ body: String, attempts: Int = 3) throws {
        let script = folder.appendingPathComponent("sms-send.sh")
        try "#!/bin/sh\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        try "people_ahead = 3\nsender = \"\(script.path) --to {phone} {file}\"\nattempts = \(attempts)\n"
            .write(toFile: hall.data + "/seeds/notices.toml", atomically: true, encoding: .utf8)
    }

    private var sentLog: String { folder.appendingPathComponent("sent.txt").path }
    private var sentLines: [String] {
        ((try? String(contentsOfFile: sentLog, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// A001 issued with consent and called at counter 1.
    private func calledSlip() throws {
        try hall.step(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单",
                       "--phone", phone, "--notice-consent"], staff: "G01", at: at)
        try hall.step(["counter", "open", "--counter", "1"], staff: "C01", at: at)
        try hall.step(["slip", "call", "--counter", "1"], staff: "C01", at: at)
    }

    private func notify() throws -> (status: Int32, output: String, errors: String) {
        try hall.run(["notify", "--once"], staff: "G01", at: at)
    }

    private func files(_ sub: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: hall.data + "/outbox" + sub)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    func testADeliveryIsRecordedAndTheFileMovesToSent() throws {
        try useSender("echo \"$@\" >> \(sentLog)")
        try calledSlip()
        let run = try notify()
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.contains("新排队 1 条，送达 1 条，失败 0 条"), run.output)
        XCTAssertEqual(files("/sent"), ["2026-11-23_A001-called.txt"])
        XCTAssertEqual(files(""), [])
        let sentFile = hall.data + "/outbox/sent/2026-11-23_A001-called.txt"
        XCTAssertEqual(sentLines, ["--to \(phone) \(hall.data)/outbox/2026-11-23_A001-called.txt"], "one argument each, no shell")
        XCTAssertTrue(try String(contentsOfFile: sentFile, encoding: .utf8).contains("请 A001 号到 1 号窗口办理"))
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: sentFile)[.posixPermissions] as? Int)
        XCTAssertEqual(mode & 0o007, 0, "never world-readable")
        XCTAssertEqual(mode & 0o770 & ~0o660, 0, "0660 or stricter")

        XCTAssertEqual(try notify().output, "新排队 0 条，送达 0 条，失败 0 条。\n", "a delivered notice is not sent again")
        XCTAssertEqual(sentLines.count, 1)
        let list = try hall.step(["notice", "list"], staff: nil, at: at)
        XCTAssertTrue(list.contains("A001  已叫号  138****5678  已送达"), list)
        XCTAssertFalse(list.contains(phone), "masked everywhere but the sender")
        let json = try hall.step(["notice", "list", "--json"], staff: nil, at: at)
        XCTAssertTrue(json.contains("\"phone\":\"138****5678\""), json)
        XCTAssertTrue(json.contains("\"status\":\"已送达\""), json)
        let events = try String(contentsOfFile: hall.data + "/events.log", encoding: .utf8)
        XCTAssertTrue(events.contains("\"noticeQueued\""))
        XCTAssertTrue(events.contains("\"noticeDelivered\""))
    }

    func testAFailingSenderIsRecordedAndRetriedUpToTheLimit() throws {
        try useSender("echo \"$@\" >> \(sentLog)\necho \"网关拒收 $2\" >&2\nexit 1", attempts: 2)
        try calledSlip()
        XCTAssertTrue(try notify().output.contains("送达 0 条，失败 1 条"))
        XCTAssertEqual(files(""), ["2026-11-23_A001-called.txt"], "kept for the retry")
        XCTAssertTrue(try notify().output.contains("失败 1 条"))
        XCTAssertEqual(files("/failed"), ["2026-11-23_A001-called.txt"], "given up at the limit")
        XCTAssertEqual(try notify().output, "新排队 0 条，送达 0 条，失败 0 条。\n", "no third attempt")
        XCTAssertEqual(sentLines.count, 2)
        let list = try hall.step(["notice", "list"], staff: nil, at: at)
        XCTAssertTrue(list.contains("发送失败 2 次（短信网关命令退出码 1：网关拒收 138****5678）"), list)
        let events = try String(contentsOfFile: hall.data + "/events.log", encoding: .utf8)
        XCTAssertTrue(events.contains("\"exitStatus\":1"), "the sender's exit status is recorded")
        XCTAssertFalse(events.contains("网关拒收 \(phone)"), "the sender's words are masked before they are logged")
        let doctor = try hall.run(["doctor"], staff: nil, at: at)
        XCTAssertTrue(doctor.output.contains("1 条提醒未能发出（已放弃或已过时），在 outbox/failed/"), doctor.output)
    }

    func testAKillWhileSendingLeavesTheSpoolForTheNextRunAndNothingIsSentTwice() throws {
        // The first hand-over kills notify itself (SIGKILL) before the sender has sent.
        let marker = folder.appendingPathComponent("killed-once").path
        try useSender("if [ ! -e \(marker) ]; then touch \(marker); kill -9 $PPID; sleep 1; exit 1; fi\necho \"$@\" >> \(sentLog)")
        try calledSlip()
        let killed = try notify()
        XCTAssertNotEqual(killed.status, 0)
        XCTAssertEqual(sentLines, [])
        XCTAssertEqual(files(""), ["2026-11-23_A001-called.txt"], "queued and spooled before the kill")

        let next = try notify()
        XCTAssertEqual(next.status, 0, next.errors)
        XCTAssertTrue(next.output.contains("新排队 0 条，送达 1 条"), next.output)
        XCTAssertEqual(sentLines.count, 1)
        XCTAssertEqual(try notify().output, "新排队 0 条，送达 0 条，失败 0 条。\n")
        XCTAssertEqual(sentLines.count, 1, "nothing sent twice after a recorded delivery")
    }

    func testTheFollowerSendsACallMadeWhileItRuns() throws {
        try useSender("echo \"$@\" >> \(sentLog)")
        let notify = try Child(hall.halldesk, ["notify", "--data", hall.data, "--staff", "G01"], outputIn: folder)
        defer { notify.kill() }
        try waitUntil("the notifier started") { (try? String(contentsOf: notify.outputURL, encoding: .utf8))?.contains("正在为") == true }
        try hall.step(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单",
                       "--phone", phone, "--notice-consent"], staff: "G01")
        try hall.step(["counter", "open", "--counter", "1"], staff: "C01")
        try hall.step(["slip", "call", "--counter", "1"], staff: "C01")
        try waitUntil("the call's notice sent") { sentLines.count == 1 }
        XCTAssertTrue(sentLines[0].hasPrefix("--to \(phone) "), sentLines[0])
        try waitUntil("its file settled") { files("/sent").count == 1 }
    }

    private func waitUntil(_ what: String, _ done: () throws -> Bool) throws {
        for _ in 0..<100 {
            if try done() { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTFail("timed out waiting: \(what)")
    }

    func testConsentWithoutAPhoneIsRefusedAndAHallWithoutNoticesSaysWhatToDo() throws {
        let refused = try hall.run(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单",
                                    "--notice-consent"], staff: "G01", at: at)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.errors.contains("--notice-consent 须与 --phone 一起写"), refused.errors)
        let none = try notify()
        XCTAssertEqual(none.status, 1, "the seeds name no sender: a new hall sends nothing")
        XCTAssertTrue(none.errors.contains("seeds/notices.toml 没有写 sender"), none.errors)
        try "people_ahead = 3\nsender = \"sms-send {phone}\"\n".write(toFile: hall.data + "/seeds/notices.toml", atomically: true, encoding: .utf8)
        let bad = try notify()
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.errors.contains("sender 应为短信网关命令的绝对路径，参数中要有 {phone} 和 {file}"), bad.errors)
    }
}
