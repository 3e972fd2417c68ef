import Foundation
import XCTest

/// A return turned down (`order reject-return`), and a customer found by number: `order
/// list --find` with a phone's last digits or a 95598 number, `order history` with a whole
/// phone or 户号 — every order of that customer and every visit that left the phone, as far
/// as the member asking may see.
final class CustomerLookupCommandTests: XCTestCase {
    private var hall: PracticeHall!

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
    }

    @discardableResult
    private func step(_ staff: String, _ arguments: [String], at now: String = "2026-11-23 10:00",
                      file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try hall.step(["order"] + arguments, staff: staff, at: now, file: file, line: line)
    }

    private func json(_ line: some StringProtocol) throws -> [String: Any] { try PracticeHall.json(line) }

    private func complaint(_ category: String, phone: String, account: String) throws -> String {
        let output = try step("K01", ["new", "--kind", "投诉", "--source", "hall", "--category", category, "--name", "张伟",
                                      "--phone", phone, "--account", account, "--address", "天河北路 1 号", "--area", "天河北",
                                      "--station", "天河供电所", "--area-type", "city", "--customer-kind", "居民",
                                      "--description", "诉求内容", "--json"])
        return try XCTUnwrap((try json(try XCTUnwrap(output.split(separator: "\n").first))["body"] as? [String: Any])?["order"] as? String)
    }

    func testTheCoordinatorRejectsAReturnWithAReasonTheDepartmentSees() throws {
        let number = try complaint("DFZY", phone: "13812341234", account: "0301234567")
        try step("K01", ["dispatch", number, "--lead", "营销部"])
        try step("D01", ["return", number, "--reason", "wrong-address", "--note", "地址不在本片区"])

        let missing = try hall.run(["order", "reject-return", number], staff: "K01", at: "2026-11-23 10:00")
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("驳回回退须写明理由"), missing.errors)
        let byDepartment = try hall.run(["order", "reject-return", number, "--reason", "不驳"], staff: "D01", at: "2026-11-23 10:00")
        XCTAssertEqual(byDepartment.status, 1, "only the dispatcher answers a return")

        let recorded = try step("K01", ["reject-return", number, "--reason", "地址核实属天河北", "--json"])
        XCTAssertEqual(try json(try XCTUnwrap(recorded.split(separator: "\n").first))["type"] as? String, "workOrderReturnRejected")
        let shown = try step("D01", ["show", number])
        XCTAssertTrue(shown.contains("回退被驳回：地址核实属天河北"), shown)
        XCTAssertTrue(shown.contains("驳回营销部的回退申请：地址核实属天河北"), shown)
        let detail = try json(try step("D01", ["show", number, "--json"]))
        XCTAssertEqual(detail["status"] as? String, "dispatched", "still the department's")
        XCTAssertEqual(detail["returnRejection"] as? String, "地址核实属天河北")
    }

    func testFindByLastDigitsOr95598NumberAndACustomersWholeHistory() throws {
        let bill = try complaint("DFZY", phone: "13812341234", account: "0301234567")
        let meter = try complaint("JLZZ", phone: "13812341234", account: "0301234567")
        let other = try complaint("DFZY", phone: "13900001111", account: "0309999999")
        try step("K01", ["dispatch", meter, "--lead", "计量班"])
        try hall.step(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单", "--phone", "138 1234 1234"],
                      staff: "G01", at: "2026-11-23 10:05")

        let found = try step("K01", ["list", "--find", "1234", "--json"]).split(separator: "\n").map { try json($0)["number"] as? String }
        XCTAssertEqual(Set(found), [bill, meter])
        XCTAssertFalse(found.contains(other))
        XCTAssertEqual(try step("K01", ["list", "--find", "0309999999"]).contains(other), true, "户号 too")

        let history = try json(try step("K01", ["history", "--phone", "138-1234-1234", "--json"], at: "2026-11-23 10:10"))
        XCTAssertEqual((history["orders"] as? [[String: Any]])?.map { $0["number"] as? String }, [bill, meter])
        XCTAssertEqual((history["orders"] as? [[String: Any]])?.first?["phone"] as? String, "138****1234", "masked as in every list")
        XCTAssertEqual((history["visits"] as? [[String: Any]])?.map { $0["kind"] as? String }, ["slip"])
        let byAccount = try step("K01", ["history", "--account", "0301234567"], at: "2026-11-23 10:10")
        XCTAssertTrue(byAccount.contains("工单 2 张，到厅 0 次"), "a slip records a phone, not a 户号: \(byAccount)")

        let metering = try json(try step("D03", ["history", "--phone", "13812341234", "--json"], at: "2026-11-23 10:10"))
        XCTAssertEqual((metering["orders"] as? [[String: Any]])?.map { $0["number"] as? String }, [meter], "its own orders only")
        XCTAssertEqual((metering["visits"] as? [[String: Any]])?.count, 0, "and no hall visits")

        let nothing = try hall.run(["order", "history"], staff: "K01", at: "2026-11-23 10:10")
        XCTAssertNotEqual(nothing.status, 0)
        XCTAssertTrue(nothing.errors.contains("--phone 或 --account"), nothing.errors)
    }
}
