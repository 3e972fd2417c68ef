import Foundation
import XCTest

/// The guide's scripting commands from issue 15, through the real binary: 所长特批 needs
/// the manager's PIN (read like `staff switch` reads it, counted towards the same lockout),
/// and a reprinted slip is on the record and on paper.
final class GuideCommandTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var data = ""

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
        XCTAssertEqual(try run(["staff", "set-pin", "M01"], input: "482135\n").status, 0)
    }

    private func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, arguments + ["--data", data], environment: ["HALLDESK_TERMINAL": "door-1"], input: input)
    }

    private func records(_ type: String) throws -> [[String: Any]] {
        let lines = try String(contentsOfFile: data + "/events.log", encoding: .utf8).split(separator: "\n")
        return try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.filter { $0["type"] as? String == type }
    }

    private let override = ["slip", "issue", "--type", "xz", "--kind", "residential", "--override-by", "M01", "--reason", "家属半小时内送来产权证明",
                            "--staff", "G01"]

    func testAnOverrideNeedsTheManagersPinAndAWrongOneIsCounted() throws {
        let wrong = try run(override, input: "000000\n")
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.errors.contains("特批未通过：M01 的PIN 不对，还可再试 2 次"), wrong.errors)
        XCTAssertEqual(try records("pinRejected").count, 1, "counted as a wrong PIN at F4 is")
        XCTAssertEqual(try records("slipIssued").count, 0)

        let right = try run(override, input: "482135\n")
        XCTAssertEqual(right.status, 0, right.errors)
        let slip = try XCTUnwrap(try records("slipIssued").first?["body"] as? [String: Any])
        XCTAssertEqual((slip["override"] as? [String: Any])?["approvedBy"] as? String, "M01", "the slip records who approved")

        let noPin = try run(["slip", "issue", "--type", "xz", "--kind", "residential", "--override-by", "G02", "--reason", "熟客",
                             "--staff", "G01"], input: "123456\n")
        XCTAssertEqual(noPin.status, 1)
        XCTAssertTrue(noPin.errors.contains("G02 尚未设置 PIN，不能在共用终端特批"), noPin.errors)
    }

    /// `appointment check-in --override-by`: the guide's F9 on an appointment, from a script.
    /// The manager's PIN is asked as for `slip issue`; the slip keeps appointment priority.
    /// (At a moment after the PIN set in `setUp`, at the real clock: a log never goes back.)
    func testAnAppointmentCheckInWithTheManagersApproval() throws {
        func at(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
            try runCapturing(halldesk, arguments + ["--data", data], environment: ["HALLDESK_TERMINAL": "door-1", "HALLDESK_NOW": "2030-01-07 09:10"],
                             input: input)
        }
        XCTAssertEqual(try at(["appointment", "book", "--staff", "G01", "--day", "2030-01-07", "--start", "09:15", "--type", "xz",
                               "--name", "陈伟", "--phone", "13600136000", "--source", "电话"]).status, 0)
        let checkIn = ["appointment", "check-in", "Y20300107001", "--staff", "G01"]
        let refused = try at(checkIn)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("资料不齐"), refused.errors)
        let approved = try at(checkIn + ["--override-by", "M01", "--reason", "产权证明原件由家属送到"], input: "482135\n")
        XCTAssertEqual(approved.status, 0, approved.errors)
        let slip = try XCTUnwrap(try records("slipIssued").first?["body"] as? [String: Any])
        XCTAssertEqual(slip["priority"] as? String, "appointment")
        XCTAssertEqual((slip["override"] as? [String: Any])?["approvedBy"] as? String, "M01")
        XCTAssertEqual(try records("appointmentCheckedIn").count, 1)
    }

    func testAReprintIsRecordedAndPrintedAsACopy() throws {
        XCTAssertEqual(try run(["slip", "issue", "--type", "jf", "--kind", "residential", "--have", "用电户号或电费通知单", "--staff", "G01"]).status, 0)
        let reprint = try run(["slip", "reprint", "--staff", "G01"])
        XCTAssertEqual(reprint.status, 0, reprint.errors)
        XCTAssertTrue(reprint.output.contains("轮候小票（补打）"), reprint.output)
        XCTAssertTrue(reprint.output.contains("补打时间："), reprint.output)
        XCTAssertEqual(try records("slipReprinted").count, 1)
        XCTAssertEqual((try records("slipReprinted").first?["body"] as? [String: Any])?["slip"] as? String, "A001")
        let none = try run(["slip", "reprint", "A009", "--staff", "G01"])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.errors.contains("今天没有 A009 号"), none.errors)
    }
}
