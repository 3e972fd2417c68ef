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
