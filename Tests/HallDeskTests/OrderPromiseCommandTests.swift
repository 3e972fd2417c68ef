import Foundation
import XCTest

/// The scripting side of 阶段回复, 被投诉人 and 赔偿 in a practice hall: the same domain rules
/// as the panes, seen through `order interim`, `order complained-about`, `order reply --cause`,
/// `order list/show` and `report month`.
final class OrderPromiseCommandTests: XCTestCase {
    private var hall: PracticeHall!

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
    }

    private func run(_ staff: String, _ arguments: [String], at now: String = "2026-11-24 10:00") throws -> (status: Int32, output: String, errors: String) {
        try hall.run(arguments, staff: staff, at: now)
    }

    @discardableResult
    private func step(_ staff: String, _ arguments: [String], at now: String = "2026-11-24 10:00",
                      file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try hall.step(arguments, staff: staff, at: now, file: file, line: line)
    }

    private func newComplaint(category: String, description: String) throws -> String {
        let output = try step("K01", ["order", "new", "--kind", "投诉", "--source", "hall", "--category", category, "--name", "张伟",
                                      "--phone", "13812341234", "--address", "天河北路 1 号", "--area", "天河北", "--station", "天河供电所",
                                      "--area-type", "city", "--customer-kind", "居民", "--description", description, "--json"])
        let received = try PracticeHall.json(try XCTUnwrap(output.split(separator: "\n").first))
        return try XCTUnwrap((received["body"] as? [String: Any])?["order"] as? String)
    }

    func testTheOneComplainedAboutIsKeptOffAndAPromiseLapsesVisibly() throws {
        let order = try newComplaint(category: "FWTD", description: "营业员麦国栋态度生硬")
        try step("K01", ["order", "complained-about", order, "--person", "麦国栋"])
        try step("K01", ["order", "dispatch", order, "--lead", "营销部"])

        let refused = try run("D01", ["order", "accept", order])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("被投诉人不得处理或答复针对本人的投诉"), refused.errors)
        try step("H01", ["order", "accept", order])
        try step("H01", ["order", "contact", order, "--note", "电话致歉"])

        let past = try run("H01", ["order", "interim", order, "--promise", "2026-11-23 17:00", "已调取录像"])
        XCTAssertEqual(past.status, 1)
        XCTAssertTrue(past.errors.contains("承诺时间 2026-11-23 17:00 已经过去"), past.errors)
        try step("H01", ["order", "interim", order, "--promise", "2026-11-25 17:00", "已调取录像，明天下班前答复"])

        let shown = try step("K01", ["order", "show", order])
        XCTAssertTrue(shown.contains("被投诉人：麦国栋（D01）（不得处理或答复本单）"), shown)
        XCTAssertTrue(shown.contains("阶段回复：承诺 2026-11-25 17:00 前再答复；已调取录像，明天下班前答复"), shown)

        let later = "2026-11-26 09:00"
        let list = try step("K01", ["order", "list"], at: later)
        XCTAssertTrue(list.split(separator: "\n").contains { $0.hasPrefix(order) && $0.contains("阶段回复失约") }, list)
        XCTAssertTrue(try step("K01", ["order", "show", order], at: later).contains("阶段回复：承诺 2026-11-25 17:00 前再答复  ！已失约"))
        let json = try step("K01", ["order", "show", order, "--json"], at: later)
        let promise = try XCTUnwrap(try PracticeHall.json(json)["promise"] as? [String: Any])
        XCTAssertEqual(promise["missed"] as? Bool, true)
        XCTAssertEqual(promise["dueLocal"] as? String, "2026-11-25 17:00")
    }

    func testAnAtFaultCompensationNamesItsCauseAndTheMonthCountsIt() throws {
        let order = try newComplaint(category: "PC", description: "停电恢复后电视机烧坏，要求赔偿")
        try step("K01", ["order", "dispatch", order, "--lead", "配电运维班"])
        try step("D02", ["order", "accept", order])
        try step("D02", ["order", "contact", order, "--on-site", "--note", "上门查看电视机"])
        let reply = ["order", "reply", order, "--handled-at", "2026-11-24 10:00", "--handler", "区永祥", "--actions", "核查台区",
                     "--result", "按价赔偿", "--feedback", "客户接受", "--at-fault", "--responsible", "邓建华"]
        let without = try run("D02", reply)
        XCTAssertEqual(without.status, 1)
        XCTAssertTrue(without.errors.contains("答复缺少：损坏原因"), without.errors)
        try step("D02", reply + ["--cause", "台区零线断线致过电压"])
        XCTAssertTrue(try step("K01", ["order", "show", order]).contains("损坏原因 台区零线断线致过电压"))
        try step("K01", ["order", "review", order, "--accept"])

        let month = try hall.run(["report", "month", "2026-11", "--json"], staff: nil, at: "2026-11-24 10:00")
        XCTAssertEqual(month.status, 0, month.errors)
        let orders = try XCTUnwrap(try PracticeHall.json(month.output)["workOrders"] as? [String: Any])
        let causes = try XCTUnwrap(orders["compensationCauses"] as? [[String: Any]])
        XCTAssertEqual(causes.map { $0["label"] as? String }, ["台区零线断线致过电压"])
        XCTAssertEqual(causes.map { $0["count"] as? Int }, [1])
        let text = try hall.run(["report", "month", "2026-11"], staff: nil, at: "2026-11-24 10:00")
        XCTAssertTrue(text.output.contains("有责损坏赔偿（按原因）"), text.output)
    }
}
