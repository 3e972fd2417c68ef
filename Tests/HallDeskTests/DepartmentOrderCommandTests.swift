import Foundation
import XCTest

/// `halldesk order` for a department handler (`--staff D01`, 营销部) on a practice folder:
/// `order list` lists its own orders only and `order show` refuses another department's,
/// saying whose it is; dispatch without `--lead` goes to the category's owner
/// (`order categories`), and to another lead only with a reason.
final class DepartmentOrderCommandTests: XCTestCase {
    private var hall: PracticeHall!

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
    }

    private func order(_ staff: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        try hall.run(["order"] + arguments, staff: staff)
    }

    @discardableResult
    private func step(_ staff: String, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try hall.step(["order"] + arguments, staff: staff, file: file, line: line)
    }

    private func json(_ line: some StringProtocol) throws -> [String: Any] { try PracticeHall.json(line) }

    /// A complaint of `category` from `phone`, received by the coordinator; its number.
    private func complaint(_ category: String, phone: String) throws -> String {
        let output = try step("K01", ["new", "--kind", "投诉", "--source", "hall", "--category", category, "--name", "张伟",
                                      "--phone", phone, "--address", "天河北路 1 号", "--area", "天河北", "--station", "天河供电所",
                                      "--area-type", "city", "--customer-kind", "居民", "--description", "诉求内容", "--json"])
        return try XCTUnwrap((try json(try XCTUnwrap(output.split(separator: "\n").first))["body"] as? [String: Any])?["order"] as? String)
    }

    private func numbers(_ staff: String) throws -> [String?] {
        try step(staff, ["list", "--json"]).split(separator: "\n").map { try json($0)["number"] as? String }
    }

    func testADepartmentListsAndShowsOnlyItsOwnOrders() throws {
        let bill = try complaint("DFZY", phone: "13812341234")
        let outage = try complaint("TD", phone: "13900001111")
        try step("K01", ["dispatch", bill])
        try step("K01", ["dispatch", outage, "--lead", "计量班", "--reason", "客户称电表走快，先请计量班核查"])

        XCTAssertEqual(try numbers("D01"), [bill], "营销部 leads the bill dispute only")
        XCTAssertEqual(try numbers("D03"), [outage])
        XCTAssertEqual(Set(try numbers("K01")), [bill, outage], "the coordinator sees every order")
        let text = try step("D01", ["list"])
        XCTAssertFalse(text.contains(outage), text)

        let refused = try order("D01", ["show", outage])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("专业部门经办人只能查看本部门主办、协办或受邀会诊的工单：工单 \(outage) 由计量班主办"), refused.errors)
        XCTAssertFalse(refused.output.contains("1390000"), "nothing of the order is printed")
        XCTAssertTrue(try step("D01", ["show", bill]).contains("电话 13812341234"), "its own order, phone whole")
        XCTAssertTrue(try step("D03", ["show", outage]).contains("电话 13900001111"))
    }

    func testDispatchGoesToTheOwnerUnlessAReasonIsGiven() throws {
        let outage = try complaint("TD", phone: "13900001111")
        let refused = try order("K01", ["dispatch", outage, "--lead", "营销部"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("“停电”由配电运维班主管；改派营销部主办须写明理由"), refused.errors)

        let dispatched = try json(try step("K01", ["dispatch", outage, "--json"]))
        let body = try XCTUnwrap(dispatched["body"] as? [String: Any])
        XCTAssertEqual(body["leadDepartment"] as? String, "配电运维班", "no --lead: the category's owner")
        XCTAssertNil(body["reason"])

        let categories = try step("K01", ["categories"])
        XCTAssertTrue(categories.contains("TD  停电  → 配电运维班"), categories)
        XCTAssertTrue(categories.contains("DFZY  电费、电价争议  → 营销部"), categories)
        XCTAssertTrue(categories.contains("JB  举报【重大】  → （无主管部门，由所长和协调员指定）"), categories)
        let report = try complaint("JB", phone: "13700002222")
        let noOwner = try order("K01", ["dispatch", report])
        XCTAssertEqual(noOwner.status, 1)
        XCTAssertTrue(noOwner.errors.contains("没有主管部门，请用 --lead 指定主办部门"), noOwner.errors)
    }

    /// A batch warning names its orders, so a department sees it only when the whole group is its own.
    func testADepartmentSeesABatchWarningOnlyWhenTheWholeGroupIsItsOwn() throws {
        let bills = try (0..<3).map { _ in try complaint("DFZY", phone: "13812341234") }
        XCTAssertTrue(try step("D01", ["warnings"]).contains("没有批量预警"), "nothing dispatched to 营销部 yet")
        for bill in bills { try step("K01", ["dispatch", bill]) }
        XCTAssertTrue(try step("D01", ["warnings"]).contains("3 张：\(bills.joined(separator: "、"))"), "all three are 营销部's")

        try step("K01", ["recall", bills[2], "--reason", "先请计量班核查电表"])
        try step("K01", ["dispatch", bills[2], "--lead", "计量班", "--reason", "客户称电表走快，先请计量班核查"])
        XCTAssertEqual(try step("D01", ["warnings", "--json"]), "", "one order of the group is 计量班's now")
        XCTAssertEqual(try step("D03", ["warnings", "--json"]), "")
        XCTAssertEqual(try step("K01", ["warnings", "--json"]).split(separator: "\n").count, 1, "the coordinator still sees it")
    }
}
