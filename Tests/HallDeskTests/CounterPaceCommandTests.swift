import Foundation
import XCTest

/// The counter keeping pace from scripts, on the shipped seeds (1号窗口 has
/// call_next_finishes = true): 指定呼叫 with `slip call --number --reason`, one call that
/// finishes the slip in hand, and `rate` as the counter's keypad.
final class CounterPaceCommandTests: XCTestCase {
    private func run(_ arguments: [String], data: String, input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(try builtHalldesk(), arguments + ["--data", data],
                         environment: ["HALLDESK_TERMINAL": "counter-1", "HALLDESK_NOW": "2026-11-23 09:30"], input: input)
    }

    func testACallOutOfTurnThenOneKeyPerCustomerThenTheKeypadRates() throws {
        let data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--practice", "--data", data]), 0)
        XCTAssertEqual(try run(["counter", "open", "--counter", "1", "--staff", "C01"], data: data).status, 0)
        for _ in 0..<3 {
            let issued = try run(["slip", "issue", "--staff", "G01", "--type", "JF", "--kind", "residential",
                                  "--have", "用电户号或电费通知单", "--json"], data: data)
            XCTAssertEqual(issued.status, 0, issued.errors)
        }

        let noReason = try run(["slip", "call", "--counter", "1", "--staff", "C01", "--number", "A003"], data: data)
        XCTAssertNotEqual(noReason.status, 0)
        XCTAssertTrue(noReason.errors.contains("指定呼叫须写原因"), noReason.errors)
        let elsewhere = try run(["slip", "call", "--counter", "1", "--staff", "C01", "--number", "A009", "--reason", "客户预约"], data: data)
        XCTAssertEqual(elsewhere.status, 1)
        XCTAssertTrue(elsewhere.errors.contains("今天没有 A009 号"), elsewhere.errors)

        let given = try run(["slip", "call", "--counter", "1", "--staff", "C01", "--number", "a003", "--reason", "客户预约", "--json"], data: data)
        XCTAssertEqual(given.status, 0, given.errors)
        XCTAssertTrue(given.output.contains(#""outOfTurn":"客户预约""#), given.output)
        XCTAssertTrue(given.output.contains(#""slip":"A003""#), given.output)

        let next = try run(["slip", "call", "--counter", "1", "--staff", "C01", "--json"], data: data)
        XCTAssertEqual(next.status, 0, next.errors)
        let types = next.output.split(separator: "\n").map { $0.contains(#""type":"serviceFinished""#) ? "finished" : $0.contains(#""type":"slipCalled""#) ? "called" : "?" }
        XCTAssertEqual(types, ["finished", "called"], next.output)

        let rated = try run(["rate", "--counter", "1", "--staff", "C01", "--rating", "1", "--json"], data: data)
        XCTAssertEqual(rated.status, 0, rated.errors)
        XCTAssertTrue(rated.output.contains(#""rating":"verySatisfied""#) && rated.output.contains(#""slip":"A003""#), rated.output)
        XCTAssertTrue(rated.output.contains(#""source":"keypad""#), rated.output)
        let twice = try run(["rate", "--counter", "1", "--staff", "C01", "--rating", "3"], data: data)
        XCTAssertEqual(twice.status, 1)
        XCTAssertTrue(twice.errors.contains("A003 号的服务已评价为“非常满意”"), twice.errors)
        let unknown = try run(["rate", "--counter", "1", "--staff", "C01", "--rating", "5"], data: data)
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.errors.contains("请按 1 非常满意、2 满意、3 不满意"), unknown.errors)

        XCTAssertEqual(try run(["slip", "finish", "--counter", "1", "--staff", "C01"], data: data).status, 0)
        let keypad = try run(["rate", "--counter", "1", "--staff", "C01"], data: data, input: "9\n2\n")
        XCTAssertEqual(keypad.status, 0, keypad.errors)
        for part in ["请为 1 号窗口的本次服务评价：1 非常满意  2 满意  3 不满意", "没有评价「9」", "谢谢您的评价：满意"] {
            XCTAssertTrue(keypad.output.contains(part), "\(part) in \(keypad.output)")
        }
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["log", "verify", "--data", data]), 0)
    }
}
