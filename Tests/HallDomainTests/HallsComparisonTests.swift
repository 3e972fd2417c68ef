import HallDomain
import HallReports
import XCTest

/// Given two halls' month reports, when they are set side by side (`report month
/// --all-halls`), then each column is its hall's own figures and the 合计 adds the counts and
/// works every rate out again from the summed counts, never averaging the halls' rates.
final class HallsComparisonTests: XCTestCase {
    /// A month with `reply` (on time, due) for 营销部, and slips called after `waits` minutes.
    private func report(reply: (onTime: Int, due: Int), waits: [Double], issued: Int) -> PeriodReport {
        let orders = WorkOrderFigures(received: reply.due, byKind: [], byCategory: [], bySource: [], byArea: [], byLeadDepartment: [],
                                      major: 0, repeats: 0, repeatsByCategory: [], firstContact: [],
                                      reply: [DeadlineFigures(department: "营销部", due: reply.due, onTime: reply.onTime,
                                                              late: reply.due - reply.onTime, open: 0, medianLateMinutes: nil)],
                                      returns: [], satisfaction: [], rulings: [], categoryChanges: [])
        let total = HallRow(label: "合计", slipsIssued: issued, doorAnswered: 0, turnedAway: 0, cameBack: 0, served: waits.count, noShows: 0,
                            wait: WaitFigures(waits: waits, targetMinutes: 15))
        let empty = HallRow(label: "", slipsIssued: 0, doorAnswered: 0, turnedAway: 0, cameBack: 0, served: 0, noShows: 0,
                            wait: WaitFigures(waits: [], targetMinutes: 15))
        return PeriodReport(from: "2026-11-01", through: "2026-11-30", department: nil, eventsRead: 10, lastSeq: 10, workOrders: orders,
                            hall: HallFigures(waitTargetMinutes: 15, total: total, days: [], hours: [], peak: empty, offPeak: empty,
                                              counters: [], clerks: [], estimates: []),
                            cases: CaseFigures(asOf: "2026-11-30", open: [], finished: [], suggested: []))
    }

    private func row(_ table: ReportTable, _ figure: String) throws -> [String] {
        try XCTUnwrap(table.rows.first { $0.first == figure }, "\(figure) in \(table.rows)")
    }

    func testTheTotalsAddCountsAndWorkRatesOutFromTheSums() throws {
        // 大良: 1 reply of 1 on time, one slip called after 10 minutes; 容桂: 1 of 3, three
        // slips called after 20, 20 and 50 minutes.
        let comparison = HallsComparison(halls: [("大良", report(reply: (1, 1), waits: [10], issued: 2)),
                                                 ("容桂", report(reply: (1, 3), waits: [20, 20, 50], issued: 4))])
        let orders = comparison.tables[0], hall = comparison.tables[1]
        XCTAssertEqual(orders.header, ["指标", "大良", "容桂", "合计"])
        XCTAssertEqual(try row(orders, "受理工单"), ["受理工单", "1", "3", "4"])
        XCTAssertEqual(try row(orders, "答复及时率"), ["答复及时率", "100%", "33%", "50%"], "2 of 4, not the mean of 100% and 33%")
        XCTAssertEqual(try row(orders, "首次联系及时率"), ["首次联系及时率", "-", "-", "-"], "nothing fell due")
        XCTAssertEqual(try row(hall, "发号"), ["发号", "2", "4", "6"])
        XCTAssertEqual(try row(hall, "平均等候(分)"), ["平均等候(分)", "10.0", "30.0", "25.0"], "100 minutes over 4 slips")
        XCTAssertEqual(try row(hall, "等候达标率"), ["等候达标率", "100%", "0%", "25%"])
        XCTAssertEqual(try row(hall, "最长等候(分)"), ["最长等候(分)", "10.0", "50.0", "50.0"])
        XCTAssertEqual(try row(hall, "P90等候(分)").last, "-", "a percentile has no sum")
    }

    func testTheHTMLOfSeveralHallsHasTheirTablesAndNoOneHallsCharts() {
        let comparison = HallsComparison(halls: [("大良", report(reply: (1, 1), waits: [10], issued: 2))])
        let document = ReportDocument(title: "各营业厅并列", source: "营业厅 1 个",
                                      sections: [ReportSection(part: .workOrders, heading: "一、工单", sentences: [], tables: comparison.tables)])
        let html = ReportHTML.render(document)
        XCTAssertTrue(html.contains("<table id=\"all-halls-orders\">"), html)
        XCTAssertTrue(html.contains("<th>大良</th><th>合计</th>"), html)
        XCTAssertFalse(html.contains("<svg"), "the charts are one hall's")
    }
}
