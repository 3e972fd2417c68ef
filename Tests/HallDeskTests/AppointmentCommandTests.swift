import Foundation
import XCTest

/// `halldesk appointment …` on a practice hall (open 08:30–12:00 and 14:00–17:30, the seeds'
/// standard figures: 30-minute slots, check-in from 15 minutes before to 10 after the start):
/// booked, listed with the phone masked for the guide and whole for the manager, checked in
/// for a slip with appointment priority, refused outside the window, missed once by
/// `miss-due`, cancelled; and an import from a GBK file, whole or absent.
final class AppointmentCommandTests: XCTestCase {
    private var hall: PracticeHall!
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
    }

    @discardableResult
    private func step(_ staff: String, _ arguments: [String], at now: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try hall.step(["appointment"] + arguments, staff: staff, at: now, file: file, line: line)
    }

    private func records(_ type: String) throws -> [[String: Any]] {
        let lines = try String(contentsOfFile: hall.data + "/events.log", encoding: .utf8).split(separator: "\n")
        return try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["type"] as? String == type }
    }

    private let booking = ["book", "--day", "2026-11-23", "--start", "09:30", "--type", "jf", "--name", "梁秀英",
                           "--phone", "13800138000", "--source", "网上国网"]

    func testBookListCheckInAndTheSlipWaitsWithAppointmentPriority() throws {
        let booked = try step("G01", booking, at: "2026-11-23 08:00")
        XCTAssertTrue(booked.contains("预约 Y20261123001：2026-11-23 09:30–10:00 JF，梁秀英 138****8000（网上国网）"), booked)

        let guideList = try step("G01", ["list", "--day", "2026-11-23"], at: "2026-11-23 08:05")
        XCTAssertEqual(guideList, "Y20261123001  09:30–10:00（签到 09:15–09:40）  电费缴纳  梁秀英  138****8000  网上国网  已预约\n")
        let managerList = try step("M01", ["list", "--json"], at: "2026-11-23 08:05")
        let row = try PracticeHall.json(try XCTUnwrap(managerList.split(separator: "\n").first, managerList))
        XCTAssertEqual(row["phone"] as? String, "13800138000", "the manager may see customers' contacts")

        let early = try hall.run(["appointment", "check-in", "Y20261123001", "--have", "用电户号或电费通知单"], staff: "G01",
                                 at: "2026-11-23 09:10")
        XCTAssertEqual(early.status, 1)
        XCTAssertTrue(early.errors.contains("还没到签到时间：签到时间为 2026-11-23 09:15–09:40。可请客户到时再来签到，或按普通客户取号"),
                      early.errors)
        XCTAssertEqual(try records("slipIssued").count, 0)

        let checkedIn = try step("G01", ["check-in", "Y20261123001", "--have", "用电户号或电费通知单"], at: "2026-11-23 09:20")
        XCTAssertTrue(checkedIn.contains("预约签到 Y20261123001，发号 A001"), checkedIn)
        let slip = try XCTUnwrap(try records("slipIssued").first?["body"] as? [String: Any])
        XCTAssertEqual(slip["priority"] as? String, "appointment")
        XCTAssertEqual(try records("appointmentCheckedIn").count, 1)
    }

    func testMissDueRecordsEachMissOnceAndACancelledOneIsNeverMissed() throws {
        try step("G01", booking, at: "2026-11-23 08:00")
        try step("G01", ["book", "--day", "2026-11-23", "--start", "09:30", "--type", "FP", "--name", "何志明",
                         "--phone", "13900139000", "--source", "电话"], at: "2026-11-23 08:01")
        try step("G01", ["cancel", "Y20261123002", "--reason", "客户来电取消"], at: "2026-11-23 08:30")
        XCTAssertEqual(try step("C01", ["miss-due"], at: "2026-11-23 09:40"), "此刻没有新的失约预约。\n")
        let missed = try step("C01", ["miss-due"], at: "2026-11-23 09:41")
        XCTAssertTrue(missed.contains("预约失约 Y20261123001"), missed)
        XCTAssertEqual(try step("C01", ["miss-due"], at: "2026-11-23 10:30"), "此刻没有新的失约预约。\n")
        XCTAssertEqual(try records("appointmentMissed").count, 1)
        let late = try hall.run(["appointment", "check-in", "Y20261123001"], staff: "G01", at: "2026-11-23 09:45")
        XCTAssertEqual(late.status, 1)
        XCTAssertTrue(late.errors.contains("预约 Y20261123001 失约，不能再办理；客户如需办理请按普通客户取号"), late.errors)
    }

    func testAGBKListImportsWholeAndABadRowLeavesNothing() throws {
        let bad = try hall.run(["appointment", "import", Self.fixtures.appendingPathComponent("appointments-bad-source-gbk.csv").path],
                               staff: "G01", at: "2026-11-23 08:00")
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.errors.contains("第 3 行：来源“微信”不认识，应为 网上国网、电话 或 现场；整批未导入。"), bad.errors)
        XCTAssertEqual(try records("appointmentBooked").count, 0)

        let good = try step("G01", ["import", Self.fixtures.appendingPathComponent("appointments-gbk.csv").path], at: "2026-11-23 08:00")
        XCTAssertTrue(good.hasSuffix("已导入 2 个预约。\n"), good)
        let list = try step("G01", ["list"], at: "2026-11-23 08:05")
        XCTAssertEqual(list.split(separator: "\n").count, 2)
        XCTAssertTrue(list.contains("Y20261123002  10:00–10:30（签到 09:45–10:10）  发票打印/电费清单  何志明  139****9000  电话  已预约"), list)

        let full = try hall.run(["appointment", "import", Self.fixtures.appendingPathComponent("appointments-gbk.csv").path],
                                staff: "G01", at: "2026-11-23 08:10")
        XCTAssertEqual(full.status, 1)
        XCTAssertTrue(full.errors.contains("第 2 行：这位客户已预约 2026-11-23 09:30–10:00，不必重复预约。整批未导入，请改正后重新导入"),
                      full.errors)
        XCTAssertEqual(try records("appointmentBooked").count, 2)
    }

    func testAClerkMayNotBook() throws {
        let refused = try hall.run(["appointment"] + booking, staff: "C01", at: "2026-11-23 08:00")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("登记或取消预约"), refused.errors)
    }
}
