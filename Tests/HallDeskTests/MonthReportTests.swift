import Foundation
import XCTest

/// The monthly report over activity laid down by `scripts/month.py` through the scripting
/// commands, checked against the script's own ledger of what it did — numbers that never
/// went through the report code.
final class MonthReportTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private struct Ledger: Decodable {
        struct Day: Decodable { var issued, turnedAway, doorAnswered, served, noShows, cameBack: Int }
        struct Slip: Decodable { var day: String; var issuedMinute: Int; var calledMinute: Int? }
        struct Order: Decodable { var kind: String; var lead: String; var satisfaction: String }
        var days: [String: Day]
        var slips: [Slip]
        var orders: [Order]
    }

    func testTwoDaysOfTheHallAgreeWithTheLedger() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("month-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data").path, ledgerPath = folder.appendingPathComponent("ledger.json").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let made = try runCapturing(python, ["python3", root.appendingPathComponent("scripts/month.py").path, "--data", data,
                                             "--days", "2", "--seed", "11", "--ledger", ledgerPath, "--halldesk", try builtHalldesk().path])
        XCTAssertEqual(made.status, 0, made.errors)
        let ledger = try JSONDecoder().decode(Ledger.self, from: Data(contentsOf: URL(fileURLWithPath: ledgerPath)))
        let report = try runCapturing(try builtHalldesk(), ["report", "month", "2026-11", "--data", data, "--json"])
        XCTAssertEqual(report.status, 0, report.errors)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let hall = try XCTUnwrap(json["hall"] as? [String: Any])

        let days = try XCTUnwrap(hall["days"] as? [[String: Any]])
        XCTAssertEqual(days.compactMap { $0["label"] as? String }, ledger.days.keys.sorted())
        for day in days {
            let expected = try XCTUnwrap(ledger.days[day["label"] as? String ?? ""])
            XCTAssertEqual(day["slipsIssued"] as? Int, expected.issued)
            XCTAssertEqual(day["turnedAway"] as? Int, expected.turnedAway)
            XCTAssertEqual(day["doorAnswered"] as? Int, expected.doorAnswered)
            XCTAssertEqual(day["served"] as? Int, expected.served)
            XCTAssertEqual(day["noShows"] as? Int, expected.noShows)
            XCTAssertEqual(day["cameBack"] as? Int, expected.cameBack)
        }

        let waits = ledger.slips.compactMap { slip in slip.calledMinute.map { Double($0 - slip.issuedMinute) } }
        let wait = try XCTUnwrap((hall["total"] as? [String: Any])?["wait"] as? [String: Any])
        XCTAssertEqual(wait["called"] as? Int, waits.count)
        XCTAssertEqual(wait["maxMinutes"] as? Double ?? Double(wait["maxMinutes"] as? Int ?? -1), waits.max() ?? -1, accuracy: 1)
        XCTAssertEqual(wait["averageMinutes"] as? Double ?? -1, waits.reduce(0, +) / Double(waits.count), accuracy: 1,
                       "the script waits whole minutes; the log records seconds within them")
        let withinTarget = Double(waits.count { $0 <= 15 }) / Double(waits.count)
        XCTAssertEqual(wait["withinTarget"] as? Double ?? -1, withinTarget, accuracy: 0.05)

        let orders = try XCTUnwrap(json["workOrders"] as? [String: Any])
        XCTAssertEqual(orders["received"] as? Int, ledger.orders.count)
        let satisfaction = try XCTUnwrap(orders["satisfaction"] as? [[String: Any]])
        for answer in ["满意", "基本满意", "不满意"] {
            XCTAssertEqual(satisfaction.first { $0["label"] as? String == answer }?["count"] as? Int,
                           ledger.orders.count { $0.satisfaction == answer }, answer)
        }
        let byLead = try XCTUnwrap(orders["byLeadDepartment"] as? [[String: Any]])
        for lead in Set(ledger.orders.map(\.lead)) {
            XCTAssertEqual(byLead.first { $0["label"] as? String == lead }?["count"] as? Int, ledger.orders.count { $0.lead == lead }, lead)
        }
    }
}
