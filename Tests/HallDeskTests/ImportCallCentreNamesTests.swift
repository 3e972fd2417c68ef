import Foundation
import XCTest

/// An export as the call centre's own system writes it (GBK, CRLF, its own category names,
/// no area column), imported on 12-02 into the Lecong hall: nothing is refused, the areas
/// come from the addresses, the unknown name waits as 待归类 and the order of 龙江's
/// territory as 非本所属地, each settled with one command; the order received on 11-23
/// counts in November's report, as a late import.
final class ImportCallCentreNamesTests: XCTestCase {
    private static let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/95598/gbk-callcentre-names.csv").path
    private var hall: PracticeHall!

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
    }

    /// As the coordinator K01, at 09:00 on 12-02; `staff: nil` for commands that act as nobody (reports).
    private func run(_ arguments: [String], staff: String? = "K01") throws -> (status: Int32, output: String, errors: String) {
        try hall.run(arguments, staff: staff, at: "2026-12-02 09:00")
    }

    private func object(_ text: some StringProtocol) throws -> [String: Any] { try PracticeHall.json(text) }

    private func bodies(type: String) throws -> [[String: Any]] {
        let tail = try run(["log", "tail", "--no-follow", "--json", "--after", "0"])
        XCTAssertEqual(tail.status, 0, tail.errors)
        return try tail.output.split(separator: "\n").map { try object($0) }
            .filter { $0["type"] as? String == type }.compactMap { $0["body"] as? [String: Any] }
    }

    func testTheCallCentresOwnNamesImportWholeWithAreasFromTheAddresses() throws {
        let imported = try run(["import", "95598", Self.export, "--json"])
        XCTAssertEqual(imported.status, 0, imported.output + imported.errors)
        let report = try object(imported.output)
        XCTAssertEqual(report["encoding"] as? String, "gb18030")
        XCTAssertEqual(report["written"] as? Bool, true)
        XCTAssertEqual((report["bad"] as? [Any])?.count, 0)
        XCTAssertEqual((report["imported"] as? [[String: Any]])?.compactMap { $0["order"] as? String },
                       ["GD000001", "GD000002", "GD000003", "GD000004", "GD000005"])
        XCTAssertEqual(report["unclassified"] as? Int, 1)
        XCTAssertEqual(report["outsideStation"] as? Int, 1)

        let received = try bodies(type: "workOrderRegistered")
        XCTAssertEqual(received.map { $0["category"] as? String }, ["DFZY", "PFTD", "DGL", "FWTD", "DFZY"], "电费电价 and 电价 are aliases")
        XCTAssertEqual(received[2]["reportedCategory"] as? String, "新能源充电设施")
        let customers = received.compactMap { $0["customer"] as? [String: Any] }
        XCTAssertEqual(customers.map { $0["area"] as? String }, ["乐从城区", "荷村大墩片", "乐从城区", "龙江镇区", "水藤沙边片"])
        XCTAssertEqual(customers.map { $0["station"] as? String }, ["乐从供电所", "乐从供电所", "乐从供电所", "龙江供电所", "乐从供电所"])
        XCTAssertEqual(customers[1]["areaType"] as? String, "rural", "荷村 is countryside: 90 minutes to arrive")
        XCTAssertEqual(received[1]["arrivalDue"] as? String, "2026-12-01T03:50:00Z", "10:20 plus 90 minutes in Shanghai")

        let list = try run(["order", "list"])
        XCTAssertEqual(list.status, 0, list.errors)
        let rows = list.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.contains { $0.hasPrefix("GD000003") && $0.contains("待归类（客服中心：新能源充电设施）") }, list.output)
        XCTAssertTrue(rows.contains { $0.hasPrefix("GD000004") && $0.contains("非本所属地（龙江供电所）") }, list.output)
        XCTAssertFalse(rows.contains { $0.hasPrefix("GD000001") && $0.contains("非本所属地") }, list.output)
        XCTAssertEqual(rows.last, "待归类 1 张（order classify），非本所属地 1 张（order return-up）：须协调员先处理。")
        let shown = try run(["order", "show", "GD000003"])
        XCTAssertTrue(shown.output.contains("待归类：客服中心分类“新能源充电设施”，请用 order classify 定下分类"), shown.output)
        let elsewhere = try run(["order", "show", "GD000004"])
        XCTAssertTrue(elsewhere.output.contains("非本所属地：客户属 龙江供电所，核对后用 order return-up 退回上级派单"), elsewhere.output)
    }

    func testOneCommandClassifiesAndOneSendsTheOtherStationsOrderUp() throws {
        XCTAssertEqual(try run(["import", "95598", Self.export]).status, 0)

        let wrong = try run(["order", "classify", "GD000003", "--category", "XYZ"])
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.errors.contains("没有代码为 XYZ 的诉求分类"), wrong.errors)
        let classified = try run(["order", "classify", "GD000003", "--category", "yksx"])
        XCTAssertEqual(classified.status, 0, classified.errors)
        XCTAssertEqual(try bodies(type: "workOrderClassified").map { $0["category"] as? String }, ["YKSX"])
        XCTAssertEqual(try run(["order", "classify", "GD000003", "--category", "TD"]).status, 1, "classified once")

        let ours = try run(["order", "return-up", "GD000001"])
        XCTAssertEqual(ours.status, 1)
        XCTAssertTrue(ours.errors.contains("是本所（乐从供电所）的工单，不能退回上级"), ours.errors)
        let up = try run(["order", "return-up", "GD000004", "--note", "地址属龙江镇"])
        XCTAssertEqual(up.status, 0, up.errors)
        XCTAssertEqual(try bodies(type: "workOrderReturnedToDispatcher").map { $0["station"] as? String }, ["龙江供电所"])

        let waiting = try run(["order", "list", "--section", "待派"])
        XCTAssertFalse(waiting.output.contains("GD000004"), "sent up: no longer the hall's open work")
        XCTAssertFalse(waiting.output.contains("待归类"), waiting.output)
        XCTAssertFalse(try run(["order", "list"]).output.contains("须协调员先处理"), "nothing left to settle")
    }

    func testTheOrderReceivedInNovemberCountsInNovemberAsALateImport() throws {
        XCTAssertEqual(try run(["import", "95598", Self.export]).status, 0)
        func month(_ month: String) throws -> [String: Any] {
            let report = try run(["report", "month", month, "--json"], staff: nil)
            XCTAssertEqual(report.status, 0, report.errors)
            return try XCTUnwrap(try object(report.output)["workOrders"] as? [String: Any])
        }
        let november = try month("2026-11"), december = try month("2026-12")
        XCTAssertEqual(november["received"] as? Int, 1, "received 11-23 by the call centre, imported 12-02")
        XCTAssertEqual(november["lateImports"] as? Int, 1)
        XCTAssertEqual(december["received"] as? Int, 4)
        XCTAssertEqual(december["lateImports"] as? Int, 0)
    }
}
