import Foundation
import XCTest

/// `halldesk case …` driven as a script would drive it: three complaints from one area become
/// a suggestion, a case is opened for them, followed and finished; refusals write nothing.
final class CaseCommandTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var data = ""

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
    }

    /// `halldesk GROUP ARGUMENTS --data … --staff STAFF`.
    private func run(_ group: String, _ staff: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, [group] + arguments + ["--data", data, "--staff", staff], environment: ["HALLDESK_NOW": "2026-11-24 10:00"])
    }

    /// Runs a `case` step that must succeed; its standard output.
    @discardableResult
    private func step(_ staff: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run("case", staff, arguments)
        XCTAssertEqual(result.status, 0, "\(arguments.joined(separator: " ")): \(result.errors)", file: file, line: line)
        return result.output
    }

    private func json(_ line: some StringProtocol) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
    }

    private func log() throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: data + "/events.log"))
    }

    /// Three bill complaints from 天河北, received now: a batch by the seeds' rule.
    private func threeComplaints() throws {
        for phone in ["13812341234", "13812345678", "13900001111"] {
            let result = try run("order", "K01", ["new", "--kind", "投诉", "--source", "hall", "--category", "DFZY", "--name", "张伟",
                                                  "--phone", phone, "--address", "天河北路 1 号", "--area", "天河北",
                                                  "--station", "天河供电所", "--area-type", "city", "--customer-kind", "居民",
                                                  "--description", "本月电费比上月高出一倍"])
            XCTAssertEqual(result.status, 0, result.errors)
        }
    }

    /// A local day `days` after the hall day every command acts on (2026-11-24, a practice
    /// folder's `HALLDESK_NOW`), `yyyy-MM-dd`: the same whatever the machine's date.
    private func day(in days: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let start = calendar.date(from: DateComponents(year: 2026, month: 11, day: 24, hour: 10))!
        let parts = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: days, to: start)!)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    func testASuggestedBatchBecomesACaseThatIsFollowedUntilDone() throws {
        try threeComplaints()
        let suggested = try json(try XCTUnwrap(try step("K01", ["suggest", "--json"]).split(separator: "\n").first))
        XCTAssertEqual(suggested["key"] as? String, "batch-GD000001")
        XCTAssertEqual(suggested["orders"] as? [String], ["GD000001", "GD000002", "GD000003"])

        let due = day(in: 30)
        let opened = try json(try step("K01", ["open", "GD000001", "GD000002", "--cause", "抄表员漏抄一月", "--action", "抄表复核到户",
                                               "--owner", "营销部", "--due", due, "--json"]).trimmingCharacters(in: .newlines))
        XCTAssertEqual(opened["type"] as? String, "improvementCaseOpened")
        XCTAssertEqual((opened["body"] as? [String: Any])?["caseNumber"] as? String, "GJ0001")
        XCTAssertEqual(try step("K01", ["suggest"]), "最近 30 天没有改进建议。\n")

        try step("K01", ["link", "GJ0001", "GD000003"])
        XCTAssertTrue(try step("D01", ["progress", "GJ0001", "已复核 120 户"]).hasSuffix(" 改进案例 GJ0001 进展：已复核 120 户\n"))
        let before = try log()
        let notOwner = try run("case", "D03", ["progress", "GJ0001", "代记"])
        XCTAssertEqual(notOwner.status, 1)
        XCTAssertTrue(notOwner.errors.contains("专业部门经办人只能记录本部门负责的改进案例：案例 GJ0001 由营销部负责"), notOwner.errors)
        XCTAssertEqual(appendedTypes(try log(), since: before), ["batchOpened", "actedOnBehalf", "actionDenied"],
                       "a step outside one's role writes only its denial, after the admin playing D03 (the test runs as root)")
        XCTAssertTrue(try step("K01", ["list", "--open"]).hasPrefix("GJ0001  进行中  营销部  期限 \(due)"))

        try step("K01", ["done", "GJ0001", "全部退补完毕"])
        let listed = try json(try step("K01", ["list", "--json"]).trimmingCharacters(in: .newlines))
        XCTAssertEqual(listed["status"] as? String, "done")
        XCTAssertEqual(listed["orders"] as? [String], ["GD000001", "GD000002", "GD000003"])
        XCTAssertEqual(listed["progress"] as? [String], ["已复核 120 户"])
        XCTAssertEqual(listed["outcome"] as? String, "全部退补完毕")
        XCTAssertEqual(try step("K01", ["list", "--open"]), "没有进行中的改进案例。\n")
        XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0)
    }

    func testADismissedSuggestionDoesNotComeBack() throws {
        try threeComplaints()
        let refused = try run("case", "K01", ["dismiss", "batch-GD000001", "--reason", " "])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("请写明驳回原因"), refused.errors)

        try step("K01", ["dismiss", "batch-GD000001", "--reason", "三户各自用电增加"])

        XCTAssertEqual(try step("K01", ["suggest"]), "最近 30 天没有改进建议。\n")
    }

    func testAPastDueDayIsRefusedWithWhatToDo() throws {
        try threeComplaints()
        let refused = try run("case", "K01", ["open", "GD000001", "--cause", "漏抄", "--action", "复核", "--owner", "营销部",
                                              "--due", day(in: -2)])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("请定一个今天或以后的日期"), refused.errors)
        XCTAssertEqual(try step("K01", ["list"]), "还没有改进案例。\n")
    }
}
