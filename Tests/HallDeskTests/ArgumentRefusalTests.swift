import Foundation
import XCTest

/// What the command line itself can get wrong, answered in Chinese and without harm: a
/// negative counter, bytes that are not UTF-8, a huge bad id, a year out of range, an
/// unbounded simulation, a broken calendar seed.
final class ArgumentRefusalTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var scratch = URL(fileURLWithPath: "/")
    private var data = ""

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        scratch = try makeTemporaryFolder(self)
        data = scratch.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
    }

    private func logSize() throws -> Int {
        try Data(contentsOf: URL(fileURLWithPath: data + "/events.log")).count
    }

    func testANegativeCounterIsAnsweredInChinese() throws {
        let run = try runCapturing(halldesk, ["counter", "open", "--counter", "-1", "--staff", "C01", "--data", data])
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.errors.hasPrefix("halldesk：选项 --counter 的值不能是负数 -1"), run.errors)
        XCTAssertFalse(run.errors.contains("Missing value"), run.errors)
        XCTAssertEqual(try logSize(), 0)
    }

    func testAnArgumentThatIsNotUTF8IsRefusedNotStoredAsReplacementCharacters() throws {
        // A GBK 「张」 (0xD5 0xC5) as a customer's name: the shell passes the bytes as they are.
        let line = #"exec "$0" order new --kind complaint --source hall --category FWTD --name "$(printf '\325\305')" --phone 13800138000 "#
            + #"--address 乐从大道 --customer-kind residential --description 态度生硬 --staff K01 --data "$1""#
        let run = try runCapturing(URL(fileURLWithPath: "/bin/sh"), ["-c", line, halldesk.path, data])
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.errors.contains("不是有效的 UTF-8 文字，已拒绝，什么也没有写"), run.errors)
        XCTAssertEqual(try logSize(), 0)
        XCTAssertFalse(try String(contentsOfFile: data + "/events.log", encoding: .utf8).contains("\u{FFFD}"))
    }

    func testAHugeBadIdIsCutAndItsLengthSaid() throws {
        let id = String(repeating: "GD", count: 64_500)  // 129 KB: one argument may hold at most 128 KiB
        for arguments in [["order", "show", id], ["counter", "open", "--counter", "1", "--staff", id]] {
            let run = try runCapturing(halldesk, arguments + ["--data", data])
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.errors.contains("（共 129000 字节，已截断）"), String(run.errors.prefix(300)))
            XCTAssertLessThan(run.errors.utf8.count, 1_000)
        }
    }

    func testAMonthOutOfRangeIsRefused() throws {
        for month in ["0000-01", "9999-12"] {
            let run = try runCapturing(halldesk, ["report", "month", month, "--data", data])
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.errors.contains("超出可接受的范围（2000–2090 年）"), run.errors)
        }
    }

    func testASimulationIsBoundedInCounters() throws {
        let run = try runCapturing(halldesk, ["simulate", "--counters", "5000"])
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.errors.contains("--counters 应在 1 到 50 之间"), run.errors)
    }

    func testABrokenCalendarIsRefusedAtInitNamingTheFile() throws {
        let seeds = scratch.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: Checkout.seeds, to: seeds)
        try "[[festivals]]\nname = 元旦\n".write(to: seeds.appendingPathComponent("calendar/2026.toml"), atomically: true, encoding: .utf8)
        let hall = scratch.appendingPathComponent("hall").path
        let run = try runCapturing(halldesk, ["init", "--data", hall, "--seeds", seeds.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("calendar/2026.toml"), run.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: hall), "no half-made folder")
    }
}
