import XCTest
@testable import HallDomain

/// An imported 95598 order counts in the month the call centre took it in (受理时间),
/// whenever it reached the log; the month says how many of its orders came late.
/// Told over October to January: the figures below are counted from the story.
final class PeriodReportLateImportTests: XCTestCase {
    private func imported(_ order: String, receivedAt: String, category: String = "停电") -> WorkOrderEvent {
        .received(WorkOrderReceived(order: order, kind: .complaint, source: .hotline95598, category: category, major: false,
                                    customer: WorkOrderFixture.customer, description: "", hotlineNumber: "95598-\(order)",
                                    firstContactDue: nil, arrivalDue: nil, replyDue: nil,
                                    receivedAt: ReportStory.utc(receivedAt), categoryName: category))
    }

    private func month(_ month: Int, year: Int = 2026) -> ReportPeriod {
        ReportPeriod.month(year: year, month: month, zone: ReportStory.zone)!
    }

    /// O1 taken in and imported in November; O2 taken in on 11-23, imported on 12-02;
    /// O3 taken in on 10-31 23:50, imported on 11-01 00:20 (late for October, a minute
    /// after midnight); O4 taken in and imported in December; O5 taken in on 11-30,
    /// imported only in January, after December had closed too.
    private var story: ReportStory {
        var story = ReportStory()
        story.at("2026-11-01 00:20", imported("O3", receivedAt: "2026-10-31 23:50"))
        story.at("2026-11-10 09:00", imported("O1", receivedAt: "2026-11-10 08:30"))
        story.at("2026-12-02 09:00", imported("O2", receivedAt: "2026-11-23 16:45", category: "电费"))
        story.at("2026-12-03 09:00", imported("O4", receivedAt: "2026-12-03 08:00"))
        story.at("2027-01-05 09:00", imported("O5", receivedAt: "2026-11-30 10:00"))
        return story
    }

    func testEachOrderCountsInTheMonthOfItsReceiptWheneverItWasImported() {
        XCTAssertEqual(story.report(month(10)).workOrders.received, 1, "O3")
        XCTAssertEqual(story.report(month(11)).workOrders.received, 3, "O1, O2, O5")
        XCTAssertEqual(story.report(month(12)).workOrders.received, 1, "O4; O2 belongs to November")
        XCTAssertEqual(story.report(month(1, year: 2027)).workOrders.received, 0, "O5 was imported in January, received in November")
    }

    func testTheMonthSaysHowManyOfItsOrdersArrivedAfterItClosed() {
        XCTAssertEqual(story.report(month(10)).workOrders.lateImports, 1, "O3, twenty minutes after October closed")
        XCTAssertEqual(story.report(month(11)).workOrders.lateImports, 2, "O2 and O5; O1 came in time")
        XCTAssertEqual(story.report(month(12)).workOrders.lateImports, 0)
        XCTAssertEqual(story.report(month(11)).workOrders.byCategory,
                       [CountRow(label: "停电", count: 2), CountRow(label: "电费", count: 1)])
    }

    func testOnlyTheReceiptIsReadLateEverythingElseAfterTheEndStaysOut() {
        var story = story
        story.at("2026-12-02 10:00", .dispatched(WorkOrderDispatched(order: "O2", leadDepartment: "营销部", supportingDepartments: [])))
        let november = story.report(month(11)).workOrders
        XCTAssertEqual(november.byLeadDepartment, [CountRow(label: "未派单", count: 3)], "dispatched in December: not by November's end")
    }

    func testTheReportSaysHowManyCameLateOnlyWhenSomeDid() {
        let november = ReportDocument(story.report(month(11)), tables: ReportTables(report: story.report(month(11)), names: { _ in nil }), hallName: "乐从营业厅")
        XCTAssertTrue(november.sections[0].sentences.contains("工单按受理时间计入当期；其中 2 件在本期结束后才导入（补录），本期结束前出的报表里没有它们。"),
                      "\(november.sections[0].sentences)")
        let december = ReportDocument(story.report(month(12)), tables: ReportTables(report: story.report(month(12)), names: { _ in nil }), hallName: "乐从营业厅")
        XCTAssertFalse(december.sections[0].sentences.contains { $0.contains("补录") })
    }
}
