import Foundation
import XCTest

/// `halldesk predict evaluate` over a day laid down by `scripts/month.py`.
final class PredictCommandTests: XCTestCase {
    func testEveryPredictorIsScoredOnEveryCalledSlip() throws {
        let folder = try makeTemporaryFolder(self)
        let data = folder.appendingPathComponent("data").path, ledger = folder.appendingPathComponent("ledger.json").path
        let made = try runCapturing(URL(fileURLWithPath: "/usr/bin/env"),
                                    ["python3", Checkout.root.appendingPathComponent("scripts/month.py").path, "--data", data, "--days", "1",
                                     "--seed", "3", "--ledger", ledger, "--halldesk", try builtHalldesk().path])
        XCTAssertEqual(made.status, 0, made.errors)
        let slips = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ledger))) as? [String: Any])?["slips"]
            as? [[String: Any]])
        let called = slips.count { $0["calledMinute"] != nil }

        let result = try runCapturing(try builtHalldesk(), ["predict", "evaluate", "--log", data, "--json"])
        XCTAssertEqual(result.status, 0, result.errors)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let overall = rows.filter { $0["queue"] == nil }
        XCTAssertEqual(overall.compactMap { $0["method"] as? String }, ["positionAverage.v1", "serviceAverageByType.v2", "forwardSimulation.v1"])
        XCTAssertEqual(overall.compactMap { $0["slips"] as? Int }, [called, called, called])

        let text = try runCapturing(try builtHalldesk(), ["predict", "evaluate", "--log", data])
        XCTAssertTrue(text.output.contains("误差中位"), text.output)
        XCTAssertTrue(text.output.contains("positionAverage.v1"), text.output)
    }
}
