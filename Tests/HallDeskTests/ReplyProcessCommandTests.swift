import Foundation
import XCTest

/// Issue 14 item 5 through `halldesk order …` in a practice folder: a reply after contact
/// (or a recorded failed contact) with a real handling time; the follow-up's method; 不满意
/// with a new reply deadline; a complaint's second follow-up before closing.
final class ReplyProcessCommandTests: XCTestCase {
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

    private func reply(handledAt: String) -> [String] {
        ["reply", "GD000001", "--handled-at", handledAt, "--handler", "麦国栋", "--actions", "核对电表读数", "--result", "抄表无误",
         "--feedback", "客户认可"]
    }

    /// A complaint received 11-23 09:00, dispatched to 营销部 and accepted by D01.
    private func acceptedComplaint() throws {
        try step("K01", ["new", "--kind", "投诉", "--source", "hall", "--category", "DFZY", "--name", "张伟", "--phone", "13812341234",
                         "--address", "乐从城区 乐从大道 3 号", "--customer-kind", "居民", "--description", "电费比上月高"], at: "2026-11-23 09:00")
        try step("K01", ["dispatch", "GD000001", "--lead", "营销部"], at: "2026-11-23 09:10")
        try step("D01", ["accept", "GD000001"], at: "2026-11-23 09:20")
    }

    private func show() throws -> [String: Any] {
        try PracticeHall.json(try step("K01", ["show", "GD000001", "--json"], at: "2026-12-20 09:00"))
    }

    func testAReplyNeedsAContactOrAFailedOneAndARealHandlingTime() throws {
        try acceptedComplaint()
        let early = try order("D01", reply(handledAt: "2026-11-23 09:30"), at: "2026-11-23 10:00")
        XCTAssertNotEqual(early.status, 0)
        XCTAssertTrue(early.errors.contains("还没有联系客户的记录：请先登记首次联系"), early.errors)

        XCTAssertNotEqual(try order("D01", ["contact-failed", "GD000001"], at: "2026-11-23 10:05").status, 0, "a reason is needed")
        try step("D01", ["contact-failed", "GD000001", "--reason", "电话无人接听"], at: "2026-11-23 10:05")
        try step("D01", ["contact-failed", "GD000001", "--reason", "客户拒接"], at: "2026-11-23 11:05")

        let future = try order("D01", reply(handledAt: "2026-11-23 14:00"), at: "2026-11-23 13:00")
        XCTAssertNotEqual(future.status, 0)
        XCTAssertTrue(future.errors.contains("处理时间 2026-11-23 14:00 晚于现在（2026-11-23 13:00）"), future.errors)
        let garbled = try order("D01", reply(handledAt: "下午两点"), at: "2026-11-23 13:00")
        XCTAssertTrue(garbled.errors.contains("请写成“2026-10-08 10:30”"), garbled.errors)

        try step("D01", reply(handledAt: "2026-11-23 12:30"), at: "2026-11-23 13:00")
        let timeline = try XCTUnwrap(try show()["timeline"] as? [[String: Any]]).compactMap { $0["summary"] as? String }
        XCTAssertTrue(timeline.contains("联系客户未成功：电话无人接听"), "\(timeline)")
        XCTAssertTrue(timeline.contains("联系客户未成功：客户拒接"), "\(timeline)")
    }

    func testDissatisfiedReopensWithANewReplyDeadlineShownInTheOrder() throws {
        try acceptedComplaint()
        try step("D01", ["contact", "GD000001", "--note", "电话联系客户"], at: "2026-11-23 09:40")
        try step("D01", reply(handledAt: "2026-11-23 13:30"), at: "2026-11-23 14:00")
        try step("K01", ["review", "GD000001", "--accept"], at: "2026-11-23 14:30")
        XCTAssertNotEqual(try order("K01", ["followup", "GD000001", "--satisfaction", "满意", "--method", "飞鸽"], at: "2026-11-23 15:00")
            .status, 0)
        try step("K01", ["followup", "GD000001", "--satisfaction", "不满意", "--note", "仍认为电费偏高", "--method", "短信"],
                 at: "2026-11-25 10:00")
        let detail = try step("K01", ["show", "GD000001"], at: "2026-11-25 10:05")
        XCTAssertTrue(detail.contains("当前：重办答复"), detail)
        XCTAssertTrue(detail.contains("回访：不满意（短信），仍认为电费偏高，退回主办部门重新处理"), detail)
        let deadlines = try XCTUnwrap(try show()["deadlines"] as? [[String: Any]])
        XCTAssertEqual(deadlines.compactMap { $0["deadline"] as? String }, ["firstContact", "reply", "reopenedReply"])
    }

    func testAComplaintIsClosedOnlyAfterItsSecondFollowUp() throws {
        let rules = URL(fileURLWithPath: hall.data + "/seeds/work-order-rules.toml")
        let text = try String(contentsOf: rules, encoding: .utf8)
        try text.replacingOccurrences(of: "second_follow_up_days = 3", with: "second_follow_up_days = 7")
            .write(to: rules, atomically: true, encoding: .utf8)
        try acceptedComplaint()
        try step("D01", ["contact", "GD000001", "--note", "电话联系客户"], at: "2026-11-23 09:40")
        try step("D01", reply(handledAt: "2026-11-23 13:30"), at: "2026-11-23 14:00")
        try step("K01", ["review", "GD000001", "--accept"], at: "2026-11-23 14:30")
        try step("K01", ["followup", "GD000001", "--satisfaction", "满意"], at: "2026-11-23 15:00")

        let waiting = try step("K01", ["show", "GD000001"], at: "2026-11-23 15:01")
        XCTAssertTrue(waiting.contains("待二次回访"), waiting)
        XCTAssertTrue(waiting.contains("二次回访：待做，2026-11-30 15:00 起可回访；做完才能办结"), waiting)
        let close = try order("K01", ["close", "GD000001"], at: "2026-11-23 15:05")
        XCTAssertNotEqual(close.status, 0)
        XCTAssertTrue(close.errors.contains("须做完二次回访才能办结：2026-11-30 15:00 起回访客户并登记"), close.errors)
        let early = try order("K01", ["followup", "GD000001", "--satisfaction", "满意"], at: "2026-11-26 09:00")
        XCTAssertTrue(early.errors.contains("请于 2026-11-30 15:00 起再回访客户"), early.errors)

        try step("K01", ["followup", "GD000001", "--satisfaction", "满意", "--method", "上门", "--note", "未再出现"], at: "2026-11-30 15:30")
        try step("K01", ["close", "GD000001"], at: "2026-11-30 15:35")
        let closed = try show()
        XCTAssertEqual(closed["status"] as? String, "closed")
        XCTAssertNotNil(closed["secondFollowUpAt"])
    }
}
