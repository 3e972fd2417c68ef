import Foundation
import HallStore
import XCTest

/// `halldesk simulate --log DIR`: the simulated day becomes a data folder that the log
/// check, the queue status, the monthly report and the predictor evaluation all read.
final class SimulateLogCommandTests: XCTestCase {
    private struct Output: Decodable {
        struct Run: Decodable {
            var served: Int
            var incompleteAtCounter: Int
            var slips: Int
        }
        struct Log: Decodable {
            var folder: String
            var records: Int
            var addedCounters: [Int]
        }
        var runs: [Run]
        var log: Log
    }

    private func scratch() throws -> URL {
        let folder = try makeTemporaryFolder(self)
        return folder
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func testTheWrittenDayVerifiesAndEveryReaderSeesItsServices() throws {
        let halldesk = try builtHalldesk()
        let data = try scratch().appendingPathComponent("day").path
        let simulated = try runCapturing(halldesk, ["simulate", "--seed", "3", "--counters", "8", "--log", data, "--json"])
        XCTAssertEqual(simulated.status, 0, simulated.errors)
        let output = try JSONDecoder().decode(Output.self, from: Data(simulated.output.utf8))
        let day = try XCTUnwrap(output.runs.first)
        XCTAssertEqual(output.log.addedCounters, [6, 7, 8], "hall.toml defines five counters")
        XCTAssertGreaterThan(output.log.records, DayLogWriter.batchSize, "more than one batch")

        let verified = try runCapturing(halldesk, ["log", "verify", "--data", data])
        XCTAssertEqual(verified.status, 0, verified.errors)
        XCTAssertTrue(verified.output.contains("共 \(output.log.records) 条记录"), verified.output)

        let status = try runCapturing(halldesk, ["queue", "status", "--data", data, "--json"], environment: ["HALLDESK_NOW": "2026-11-23 16:30"])
        XCTAssertEqual(status.status, 0, status.errors)
        let figures = try XCTUnwrap(json(status.output) as? [String: Any])
        let queues = try XCTUnwrap(figures["queues"] as? [[String: Any]])
        let counters = try XCTUnwrap(figures["counters"] as? [[String: Any]])
        // Services finished: the complete ones and those sent home from the counter.
        XCTAssertEqual(queues.compactMap { $0["servedToday"] as? Int }.reduce(0, +), day.served + day.incompleteAtCounter)
        XCTAssertEqual(counters.count, 8, "the added counters show")

        let report = try runCapturing(halldesk, ["report", "month", "2026-11", "--day", "2026-11-23", "--data", data])
        XCTAssertEqual(report.status, 0, report.errors)
        let dayLine = try XCTUnwrap(report.output.split(separator: "\n").first { $0.hasPrefix("2026-11-23") })
        let cells = dayLine.split(separator: " ")
        XCTAssertEqual(cells[1], "\(day.slips)", String(dayLine))
        XCTAssertEqual(cells[5], "\(day.served + day.incompleteAtCounter)", String(dayLine))

        let evaluated = try runCapturing(halldesk, ["predict", "evaluate", "--log", data, "--json"])
        XCTAssertEqual(evaluated.status, 0, evaluated.errors)
        let rows = try XCTUnwrap(json(evaluated.output) as? [[String: Any]])
        XCTAssertTrue(rows.contains { $0["queue"] == nil && ($0["slips"] as? Int ?? 0) > 0 }, evaluated.output)
    }

    func testTheTextSaysWhereTheDayIsAndHowToLookAtIt() throws {
        let data = try scratch().appendingPathComponent("day").path
        let run = try runCapturing(try builtHalldesk(), ["simulate", "--scenario", "normal-day", "--log", data])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.contains("已把模拟的一天写入数据目录 \(data)"), run.output)
        XCTAssertTrue(run.output.contains("seeds/hall.toml 追加了 6、7 号窗口"), run.output)
        XCTAssertTrue(run.output.contains("halldesk report month 2026-11 --day 2026-11-16 --data \(data)"), run.output)
        XCTAssertTrue(run.output.contains("HALLDESK_NOW=\"2026-11-16 "), run.output)
    }

    func testAFolderWithRecordsOrNoLogOrACompareIsRefusedAndLeftAsItWas() throws {
        let halldesk = try builtHalldesk()
        let scratch = try scratch()
        let data = scratch.appendingPathComponent("day").path
        XCTAssertEqual(try runToEnd(halldesk, ["simulate", "--log", data]), 0)
        let log = try Data(contentsOf: URL(fileURLWithPath: data).appendingPathComponent("events.log"))
        let again = try runCapturing(halldesk, ["simulate", "--log", data])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.errors.contains("的日志里已有"), again.errors)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data).appendingPathComponent("events.log")), log)

        let other = scratch.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: other.appendingPathComponent("notes.txt"))
        let notData = try runCapturing(halldesk, ["simulate", "--log", other.path])
        XCTAssertEqual(notData.status, 1)
        XCTAssertTrue(notData.errors.contains("不是 HallDesk 的数据目录"), notData.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: other.path), ["notes.txt"])

        let both = try runCapturing(halldesk, ["simulate", "--compare", "--log", scratch.appendingPathComponent("third").path])
        XCTAssertNotEqual(both.status, 0)
        XCTAssertTrue(both.errors.contains("--log 与 --compare 不能同时使用"), both.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.appendingPathComponent("third").path))
    }

    func testAnInitialisedHallWithAnEmptyLogTakesTheDayOnItsOwnCounters() throws {
        let halldesk = try builtHalldesk()
        let data = try scratch().appendingPathComponent("hall").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
        let run = try runCapturing(halldesk, ["simulate", "--counters", "5", "--log", data, "--json"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(try JSONDecoder().decode(Output.self, from: Data(run.output.utf8)).log.addedCounters, [])
        XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0)
    }

    func testALiveHallIsNotFilledWithASimulatedDay() throws {
        let halldesk = try builtHalldesk()
        let data = try scratch().appendingPathComponent("live").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
        let run = try runCapturing(halldesk, ["simulate", "--log", data])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("不是练习用的数据目录，模拟的一天不能写进正式营业厅"), run.errors)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: data + "/events.log")).count, 0)
    }
}
