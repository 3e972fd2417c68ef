import Foundation
import XCTest

/// `counter open` on a counter open at another terminal: refused with where, by whom and
/// since when; `--take-over` moves it, and the first terminal can no longer call.
final class CounterTakeOverCommandTests: XCTestCase {
    private func run(_ arguments: [String], terminal: String, data: String) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(try builtHalldesk(), arguments + ["--data", data],
                         environment: ["HALLDESK_TERMINAL": terminal, "HALLDESK_NOW": "2026-11-23 09:30"])
    }

    func testASecondTerminalMustTakeOverExplicitly() throws {
        let data = try makeTemporaryFolder(self).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["init", "--practice", "--data", data]), 0)
        XCTAssertEqual(try run(["counter", "open", "--counter", "1", "--staff", "C01"], terminal: "counter-1", data: data).status, 0)

        let second = try run(["counter", "open", "--counter", "1", "--staff", "C01"], terminal: "counter-1b", data: data)
        XCTAssertEqual(second.status, 1)
        for part in ["1 号窗口已在终端 counter-1 上", "C01", "于 2026-11-23 09:30", "--take-over"] {
            XCTAssertTrue(second.errors.contains(part), "\(part) in \(second.errors)")
        }

        let taken = try run(["counter", "open", "--counter", "1", "--staff", "C01", "--take-over", "--json"], terminal: "counter-1b", data: data)
        XCTAssertEqual(taken.status, 0, taken.errors)
        XCTAssertTrue(taken.output.contains(#""type":"counterTakenOver""#), taken.output)
        XCTAssertTrue(taken.output.contains(#""previousTerminal":"counter-1""#), taken.output)

        let old = try run(["slip", "call", "--counter", "1", "--staff", "C01"], terminal: "counter-1", data: data)
        XCTAssertEqual(old.status, 1)
        XCTAssertTrue(old.errors.contains("本终端不能操作"), old.errors)
        let new = try run(["slip", "call", "--counter", "1", "--staff", "C01"], terminal: "counter-1b", data: data)
        XCTAssertTrue(new.errors.contains("无人等候"), "the new terminal is the one that may call: \(new.errors)")
        XCTAssertEqual(try runToEnd(builtHalldesk(), ["log", "verify", "--data", data]), 0)
    }
}
