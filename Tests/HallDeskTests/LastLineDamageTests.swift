import Foundation
import XCTest

/// A complete last line with a field edited (its newline kept, its hash now wrong) is
/// damage, not a crash: once it was quarantined and replaced by `logRepaired`, after which
/// the log verified and the message said nothing was changed. Now nothing cuts it.
final class LastLineDamageTests: XCTestCase {
    func testAnEditedLastLineIsRefusedByTheNextWriterAndVerifyExits2() throws {
        let halldesk = try builtHalldesk()
        let data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
        let slip = ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单", "--staff", "G01", "--data", data]
        let now = ["HALLDESK_NOW": "2026-11-03 09:20"]
        XCTAssertEqual(try runCapturing(halldesk, slip, environment: now).status, 0)
        XCTAssertEqual(try runCapturing(halldesk, slip, environment: now).status, 0)

        let log = URL(fileURLWithPath: data).appendingPathComponent("events.log")
        var text = try String(contentsOf: log, encoding: .utf8)
        let last = try XCTUnwrap(text.dropLast().range(of: "\n", options: .backwards)?.upperBound)
        let edited = text[last...].replacingOccurrences(of: #""actor":"G01""#, with: #""actor":"G02""#)
        XCTAssertNotEqual(edited, String(text[last...]))
        text = String(text[..<last]) + edited
        try Data(text.utf8).write(to: log)
        let damaged = try Data(contentsOf: log)
        XCTAssertEqual(damaged.last, UInt8(ascii: "\n"))

        let refused = try runCapturing(halldesk, slip, environment: now)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.errors.contains("损坏"), refused.errors)
        XCTAssertFalse(refused.output.contains("已发号"), refused.output)
        XCTAssertEqual(try Data(contentsOf: log), damaged, "byte-identical: nothing cut, nothing appended")
        XCTAssertEqual((try? FileManager.default.contentsOfDirectory(atPath: data + "/quarantine")) ?? [], [], "nothing quarantined")

        let verify = try runCapturing(halldesk, ["log", "verify", "--data", data])
        XCTAssertEqual(verify.status, 2, verify.output)
        XCTAssertTrue(verify.output.contains("日志损坏"), verify.output)
    }
}
