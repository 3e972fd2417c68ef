import Foundation
import XCTest

/// `halldesk simulate` on the shipped scenarios, through the built binary.
final class SimulateCommandTests: XCTestCase {
    private struct Output: Decodable {
        struct Run: Decodable {
            var guide: Bool
            var prefill: Bool
            var averageWait: Double
            var doorAnswers: Int
            var turnedAwayAtDoor: Int
            var wastedCounterMinutes: Double
        }
        var seed: UInt64
        var runs: [Run]
    }

    func testCompareOnThePeakScenarioShowsTheGuideLoweringTheAverageWait() throws {
        let run = try runCapturing(try builtHalldesk(), ["simulate", "--scenario", "peak-busiest", "--compare", "--json", "--seed", "3"])
        XCTAssertEqual(run.status, 0, run.errors)
        let output = try JSONDecoder().decode(Output.self, from: Data(run.output.utf8))
        XCTAssertEqual(output.runs.count, 4)
        let plain = try XCTUnwrap(output.runs.first { !$0.guide && !$0.prefill })
        let guided = try XCTUnwrap(output.runs.first { $0.guide && !$0.prefill })
        XCTAssertLessThan(guided.averageWait, plain.averageWait)
        XCTAssertGreaterThan(guided.doorAnswers, 0)
        XCTAssertGreaterThan(guided.turnedAwayAtDoor, 0)
        XCTAssertGreaterThan(plain.wastedCounterMinutes, 0)
        XCTAssertEqual(guided.wastedCounterMinutes, 0)
    }

    func testTheComparisonTableFitsEightyColumnsAndTheSameSeedPrintsTheSame() throws {
        let binary = try builtHalldesk()
        let once = try runCapturing(binary, ["simulate", "--compare", "--seed", "5"])
        let again = try runCapturing(binary, ["simulate", "--compare", "--seed", "5"])
        XCTAssertEqual(once.status, 0, once.errors)
        XCTAssertEqual(once.output, again.output)
        let lines = once.output.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("有导引·预填") }, once.output)
        for line in lines {
            let width = line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
            XCTAssertLessThanOrEqual(width, 80, String(line))
        }
    }

    func testAnUnknownScenarioOrTooFewCountersIsRefusedInChinese() throws {
        let binary = try builtHalldesk()
        let missing = try runCapturing(binary, ["simulate", "--scenario", "no-such-day"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("no-such-day.toml"), missing.errors)
        XCTAssertTrue(missing.errors.contains("无法读取"), missing.errors)
        let few = try runCapturing(binary, ["simulate", "--counters", "1"])
        XCTAssertEqual(few.status, 1)
        XCTAssertTrue(few.errors.contains("永远等不到"), few.errors)
    }

    func testEachOpeningHourShowsErlangCsCountersBesideTheSimulatedWait() throws {
        let binary = try builtHalldesk()
        let text = try runCapturing(binary, ["simulate", "--seed", "3", "--guide", "on"])
        XCTAssertEqual(text.status, 0, text.errors)
        let lines = text.output.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("时段") && $0.contains("Erlang C 需开") && $0.contains("模拟平均等候") }, text.output)
        XCTAssertEqual(lines.count { $0.range(of: #"^\d\d:\d\d–\d\d:\d\d "#, options: .regularExpression) != nil }, 7, text.output)
        for line in lines {
            XCTAssertLessThanOrEqual(line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }, 80, String(line))
        }

        struct Hours: Decodable {
            struct Run: Decodable {
                struct Hour: Decodable {
                    var arrivals: Int
                    var countersNeeded: Int?
                    var averageWaitMinutes: Double?
                }
                var slips: Int
                var hours: [Hour]
            }
            var runs: [Run]
        }
        let json = try runCapturing(binary, ["simulate", "--seed", "3", "--guide", "on", "--json"])
        let run = try XCTUnwrap(JSONDecoder().decode(Hours.self, from: Data(json.output.utf8)).runs.first)
        XCTAssertEqual(run.hours.count, 7)
        XCTAssertEqual(run.hours.map(\.arrivals).reduce(0, +), run.slips)
        // The peak hour needs more counters than the quiet one before lunch.
        let needed = run.hours.compactMap(\.countersNeeded)
        XCTAssertEqual(needed.count, 7)
        XCTAssertGreaterThan(needed[1], needed[3])
    }
}
