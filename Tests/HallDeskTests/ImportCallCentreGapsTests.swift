import Foundation
import XCTest

/// An export in the call centre's layout with the gaps real days have (issue 14): a 业务类型
/// of the platform's own (催办), an empty 诉求内容, a row with no number and one with no
/// time, and the call centre's 损坏赔偿. Only the rows with no number or no time are bad:
/// the rest import marked, and `order list` and `order show` say what is missing.
final class ImportCallCentreGapsTests: XCTestCase {
    private static let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/95598/gbk-callcentre-gaps.csv").path
    private var hall: PracticeHall!

    override func setUpWithError() throws {
        hall = try PracticeHall(for: self)
    }

    private func run(_ arguments: [String], staff: String? = "K01") throws -> (status: Int32, output: String, errors: String) {
        try hall.run(arguments, staff: staff, at: "2026-12-02 09:00")
    }

    func testOnlyRowsWithoutANumberOrATimeAreBad() throws {
        let checked = try run(["import", "95598", Self.export, "--json", "--dry-run"])
        let report = try PracticeHall.json(checked.output)
        let bad = try XCTUnwrap(report["bad"] as? [[String: Any]])
        XCTAssertEqual(bad.compactMap { $0["line"] as? Int }, [4, 5], checked.output)

        let imported = try run(["import", "95598", Self.export, "--skip-bad", "--json"])
        XCTAssertEqual(imported.status, 0, imported.output + imported.errors)
        let written = try PracticeHall.json(imported.output)
        XCTAssertEqual((written["imported"] as? [[String: Any]])?.compactMap { $0["order"] as? String },
                       ["GD000001", "GD000002", "GD000003"])
        let notes = (written["warnings"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }.joined(separator: "\n")
        XCTAssertTrue(notes.contains("业务类型“催办”不认识"), notes)
        XCTAssertTrue(notes.contains("诉求内容为空"), notes)

        let list = try run(["order", "list"])
        let rows = list.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.contains { $0.hasPrefix("GD000001") && $0.contains("投诉·频繁停电") && $0.contains("业务类型待核") }, list.output)
        XCTAssertTrue(rows.contains { $0.hasPrefix("GD000002") && $0.contains("诉求内容为空") }, list.output)
        XCTAssertTrue(rows.contains { $0.hasPrefix("GD000003") && $0.contains("投诉·赔偿") }, list.output)

        let first = try run(["order", "show", "GD000001"])
        XCTAssertTrue(first.output.contains("业务类型待核（客服中心：催办）：按投诉的时限受理"), first.output)
        let second = try run(["order", "show", "GD000002"])
        XCTAssertTrue(second.output.contains("诉求：（诉求内容为空，请在首次联系时向客户问明）"), second.output)
    }
}
