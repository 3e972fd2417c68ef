import Foundation
import XCTest

/// `halldesk simulate --trace`: a recorded day replayed through the real queue rules, or
/// refused with every bad row named.
final class SimulateTraceCommandTests: XCTestCase {
    private struct Output: Decodable {
        struct Run: Decodable {
            var visits: Int
            var slips: Int
            var doorAnswers: Int
            var hours: [Hour]
        }
        struct Hour: Decodable {
            var arrivals: Int
            var countersNeeded: Int?
        }
        var seed: UInt64?
        var trace: String?
        var runs: [Run]
    }

    private func trace(_ text: String) throws -> String {
        let url = try makeTemporaryFolder(self).appendingPathComponent("trace.csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testTheExampleTraceReplaysEveryRowAndEveryHour() throws {
        let example = Checkout.root.appendingPathComponent("docs/simulate-trace-example.csv").path
        let rows = try String(contentsOfFile: example, encoding: .utf8).split(separator: "\n").count - 1
        let run = try runCapturing(try builtHalldesk(), ["simulate", "--trace", example, "--counters", "4", "--guide", "on", "--json"])
        XCTAssertEqual(run.status, 0, run.errors)
        let output = try JSONDecoder().decode(Output.self, from: Data(run.output.utf8))
        XCTAssertNil(output.seed)
        XCTAssertEqual(output.trace, example)
        let day = try XCTUnwrap(output.runs.first)
        XCTAssertEqual(day.visits, rows, "a trace adds no same-day returns: its rows are everyone who came")
        XCTAssertGreaterThan(day.doorAnswers, 0)
        XCTAssertEqual(day.hours.count, 2, "08:30–10:30: the trace's own hours, not the scenario's seven")
        XCTAssertEqual(day.hours.map(\.arrivals).reduce(0, +), day.slips)
        XCTAssertTrue(day.hours.allSatisfy { $0.countersNeeded != nil })

        let seeds = try runCapturing(try builtHalldesk(), ["simulate", "--trace", example, "--counters", "4", "--seed", "9", "--json"])
        let other = try runCapturing(try builtHalldesk(), ["simulate", "--trace", example, "--counters", "4", "--seed", "2", "--json"])
        XCTAssertEqual(seeds.output, other.output, "a replayed day does not depend on the seed")
    }

    func testEnglishHeadersAByteOrderMarkAndOptionalColumnsAreRead() throws {
        let text = "\u{FEFF}arrival,business_type,customer_kind,documents_complete,answerable_at_door,service_minutes,priority,no_show\n"
            + "08:31,JF,residential,true,0,3,绿色通道,\n08:40:30,居民新装,居民,1,false,12,,是\n"
        let run = try runCapturing(try builtHalldesk(), ["simulate", "--trace", try trace(text), "--counters", "4"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.contains("回放到达记录"), run.output)
        XCTAssertTrue(run.output.contains("（2 人次）"), run.output)
        XCTAssertTrue(run.output.contains("过号 1"), run.output)
    }

    func testEveryBadRowIsNamedWithItsLineAndNothingRuns() throws {
        let text = """
        到达时间,业务类型,客户类型,资料齐全,门口可答复,办理分钟
        08:10,JF,居民,是,否,3
        09:00,JF,居民,是,否,3
        09:05,XX,居民,是,否,3
        9:61,ZZS,居民,也许,否,-1

        09:10,ZX,居民,否,是,1
        """
        let run = try runCapturing(try builtHalldesk(), ["simulate", "--trace", try trace(text)])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.output, "", "nothing is simulated")
        for expected in ["第 2 行：到达时间 08:10 早于情景的开门时间 08:30", "第 4 行：业务类型“XX”不在业务目录",
                         "第 5 行：到达时间“9:61”看不懂", "资料齐全“也许”不认识", "办理分钟“-1”应是大于 0",
                         "增值税发票信息变更（ZZS）不办理居民客户", "第 7 行：资料齐全填了“否”", "到达记录有 4 行有误"] {
            XCTAssertTrue(run.errors.contains(expected), "missing 「\(expected)」 in\n\(run.errors)")
        }
        XCTAssertFalse(run.errors.contains("第 3 行"), run.errors)
    }

    func testAHeaderWithoutARequiredColumnSaysWhichAndHowToWriteIt() throws {
        let run = try runCapturing(try builtHalldesk(), ["simulate", "--trace", try trace("到达时间,业务类型\n08:40,JF\n")])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("表头缺少必需的列：“客户类型”（可写作：客户类型、客户类别、customer_kind）"), run.errors)
    }
}
