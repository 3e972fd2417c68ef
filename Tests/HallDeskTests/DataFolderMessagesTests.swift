import Foundation
import XCTest

/// What a command says about the data folder itself: a log that went missing, two `init`
/// at once, a broken `hall.toml` under `log verify`.
final class DataFolderMessagesTests: XCTestCase {
    private func folder() throws -> URL {
        let root = try makeTemporaryFolder(self)
        return root
    }

    func testAMissingLogInAnExistingFolderIsMovedNotANewHall() throws {
        let halldesk = try builtHalldesk()
        let data = try folder().appendingPathComponent("data")
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data.path]), 0)
        try FileManager.default.moveItem(at: data.appendingPathComponent("events.log"), to: data.deletingLastPathComponent().appendingPathComponent("moved.log"))
        let slip = try runCapturing(halldesk, ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单",
                                               "--staff", "G01", "--data", data.path], environment: ["HALLDESK_NOW": "2026-11-03 09:20"])
        XCTAssertEqual(slip.status, 3, slip.errors)
        XCTAssertTrue(slip.errors.contains("不见了（被移走、改名或删除）"), slip.errors)
        XCTAssertFalse(slip.errors.contains("新营业厅请先运行"), slip.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: data.appendingPathComponent("events.log").path), "no new log made")

        let nowhere = try runCapturing(halldesk, ["log", "verify", "--data", data.deletingLastPathComponent().appendingPathComponent("none").path])
        XCTAssertTrue(nowhere.errors.contains("新营业厅请先运行"), nowhere.errors)
    }

    /// A mistyped `--data` (or `$HALLDESK_DATA`) must not open an empty hall beside the real one;
    /// only the default `./halldesk-data` is made on a first run.
    func testAConsoleOnAFolderThatIsNotThereIsRefusedNotMade() throws {
        let halldesk = try builtHalldesk()
        let root = try folder()
        let typo = root.appendingPathComponent("hall-dta")
        for (arguments, environment) in [(["--data", typo.path], [String: String]()), (["guide", "--data", typo.path], [:]),
                                         ([], ["HALLDESK_DATA": typo.path])] {
            let run = try runCapturing(halldesk, arguments, environment: environment)
            XCTAssertEqual(run.status, 1, "\(arguments) \(environment): \(run.errors)")
            XCTAssertTrue(run.errors.contains("数据目录 \(typo.path) 不存在，什么也没有建立"), run.errors)
            XCTAssertTrue(run.errors.contains("halldesk init --data \(typo.path)"), run.errors)
            XCTAssertFalse(FileManager.default.fileExists(atPath: typo.path), "\(arguments): no folder made")
        }
    }

    func testTwoInitsAtOnceGiveTheLoserAChineseMessage() throws {
        let halldesk = try builtHalldesk()
        let root = try folder()
        var losers = 0
        for pair in 0..<12 {
            let data = root.appendingPathComponent("data\(pair)").path
            let runs = try (0..<2).map { _ in try start(halldesk.path, ["init", "--data", data], folder: root) }.map { try $0.finish() }
            XCTAssertEqual(runs.filter { $0.status == 0 }.count, 1, "pair \(pair): one init wins")
            for run in runs where run.status != 0 {
                losers += 1
                let text = run.lines.joined(separator: "\n")
                XCTAssertTrue(text.contains("目录已存在且不为空"), text)
                XCTAssertFalse(text.contains("错误码"), text)
            }
        }
        XCTAssertEqual(losers, 12)
    }

    func testVerifyWithABrokenHallTOMLExits4AndSaysSo() throws {
        let halldesk = try builtHalldesk()
        let data = try folder().appendingPathComponent("data")
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data.path]), 0)
        try Data("[hall\nname = ".utf8).write(to: data.appendingPathComponent("seeds/hall.toml"))
        let verify = try runCapturing(halldesk, ["log", "verify", "--data", data.path])
        XCTAssertEqual(verify.status, 4, verify.output + verify.errors)
        XCTAssertTrue(verify.errors.contains("hall.toml"), verify.errors)
        XCTAssertTrue(verify.output.contains("日志完好"), verify.output)
    }
}
