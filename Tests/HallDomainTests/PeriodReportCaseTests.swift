import XCTest
@testable import HallDomain

/// The improvement cases in the monthly report, over a November told by hand: which cases
/// stand open at its end, which were finished in it, and which clusters are proposed.
final class PeriodReportCaseTests: XCTestCase {
    private func received(_ order: String, _ category: String, area: String, repeatOf: String? = nil) -> WorkOrderEvent {
        var customer = WorkOrderFixture.customer
        customer.area = area
        return .received(WorkOrderReceived(order: order, kind: .complaint, source: .hall, category: category, major: false, customer: customer,
                                           description: "", hotlineNumber: nil, firstContactDue: nil, arrivalDue: nil, replyDue: nil,
                                           categoryName: category, repeatOf: repeatOf))
    }

    private func opened(_ number: String, owner: String, due: String, _ orders: [String]) -> WorkOrderEvent {
        .improvementCaseOpened(ImprovementCaseOpened(caseNumber: number, rootCause: "原因\(number)", action: "措施\(number)",
                                                     ownerDepartment: owner, dueDay: due, orders: orders))
    }

    /// GJ0001 opened and finished in October; GJ0002 from October finished late in November;
    /// GJ0003 opened in November, grown, still open and overdue at the end; GJ0004 not yet
    /// due; GJ0005 finished only on 1 December. Three 电费 orders in 乐从 on separate days, three
    /// 停电 orders in 水藤 within three hours (a batch), and a repeat the coordinator dismissed.
    private var story: ReportStory {
        var story = ReportStory()
        story.at("2026-10-05 09:00", received("A1", "停电", area: "水藤"))
        story.at("2026-10-10 09:00", opened("GJ0001", owner: "运检部", due: "2026-10-31", ["A1"]))
        story.at("2026-10-30 09:00", .improvementCaseDone(ImprovementCaseDone(caseNumber: "GJ0001", outcome: "已增容")))
        story.at("2026-10-20 09:00", received("A2", "计量", area: "大良"))
        story.at("2026-10-21 09:00", opened("GJ0002", owner: "计量班", due: "2026-11-15", ["A2"]))
        story.at("2026-10-25 09:00", received("R1", "电费", area: "大良"))
        story.at("2026-10-26 09:00", .closed(WorkOrderClosed(order: "R1")))
        story.at("2026-11-02 09:00", received("B1", "报装", area: "大良"))
        story.at("2026-11-03 09:00", .improvementProgressRecorded(ImprovementProgressRecorded(caseNumber: "GJ0002", note: "已换表一半")))
        story.at("2026-11-04 09:00", opened("GJ0003", owner: "营销部", due: "2026-11-20", ["B1"]))
        story.at("2026-11-05 09:00", received("B2", "报装", area: "大良"))
        story.at("2026-11-06 09:00", .improvementCaseOrdersAdded(ImprovementCaseOrdersAdded(caseNumber: "GJ0003", orders: ["B2"])))
        story.at("2026-11-07 09:00", received("B3", "报装", area: "大良"))
        story.at("2026-11-08 09:00", received("S1", "电费", area: "乐从"))
        story.at("2026-11-08 10:00", .dispatched(WorkOrderDispatched(order: "S1", leadDepartment: "营销部", supportingDepartments: [])))
        story.at("2026-11-12 09:00", received("S2", "电费", area: "乐从"))
        story.at("2026-11-18 09:00", .improvementCaseDone(ImprovementCaseDone(caseNumber: "GJ0002", outcome: "全部换表")))
        story.at("2026-11-20 09:00", received("S3", "电费", area: "乐从"))
        story.at("2026-11-21 09:00", received("T1", "停电", area: "水藤"))
        story.at("2026-11-21 10:00", received("T2", "停电", area: "水藤"))
        story.at("2026-11-21 11:00", received("T3", "停电", area: "水藤"))
        story.at("2026-11-22 09:00", received("R2", "电费", area: "大良", repeatOf: "R1"))
        story.at("2026-11-23 09:00", .caseSuggestionDismissed(CaseSuggestionDismissed(key: "repeat-R1", orders: ["R1", "R2"], reason: "各自原因")))
        story.at("2026-11-25 09:00", opened("GJ0004", owner: "营销部", due: "2026-12-10", ["S1"]))
        story.at("2026-11-26 09:00", opened("GJ0005", owner: "运检部", due: "2026-11-28", ["T1"]))
        story.at("2026-12-01 09:00", .improvementCaseDone(ImprovementCaseDone(caseNumber: "GJ0005", outcome: "已修复")))
        return story
    }

    func testCasesOpenAtTheEndAndFinishedInThePeriodWithTheirOrdersAndOverdueMarks() {
        let cases = story.report().cases
        XCTAssertEqual(cases.asOf, "2026-12-01")
        XCTAssertEqual(cases.open.map(\.number), ["GJ0003", "GJ0004", "GJ0005"])
        XCTAssertEqual(cases.open.map(\.overdue), [true, false, true])
        XCTAssertEqual(cases.overdueOpen, 2)
        XCTAssertEqual(cases.open[0], ReportedCase(number: "GJ0003", rootCause: "原因GJ0003", action: "措施GJ0003", ownerDepartment: "营销部",
                                                   dueDay: "2026-11-20", status: .open, overdue: true, orders: ["B1", "B2"],
                                                   latestProgress: nil, outcome: nil, doneDay: nil))
        XCTAssertEqual(cases.finished, [ReportedCase(number: "GJ0002", rootCause: "原因GJ0002", action: "措施GJ0002", ownerDepartment: "计量班",
                                                     dueDay: "2026-11-15", status: .done, overdue: true, orders: ["A2"],
                                                     latestProgress: "已换表一半", outcome: "全部换表", doneDay: "2026-11-18")])
        XCTAssertEqual(cases.finished[0].statusText, "已完成·逾期")
    }

    func testAPeriodNotYetOverJudgesOverdueOnTheDayTheReportIsRun() {
        let cases = story.report(asOf: ReportStory.time("2026-11-20 12:00")).cases
        XCTAssertEqual(cases.asOf, "2026-11-20")
        XCTAssertEqual(cases.open.first { $0.number == "GJ0003" }?.overdue, false, "due on the 20th: overdue only from the 21st")
    }

    func testSuggestionsAreTheClustersNeitherOpenedNorDismissed() {
        // 乐从 电费 three times on separate days; 水藤 停电 three times in three hours, a batch,
        // not also a same-matter group. 大良 报装: two of three already in GJ0003. R1–R2 dismissed.
        // S1 and T1 are taken into cases only on the 25th and 26th: a report of the 24th still proposes them.
        let early = story.report(ReportPeriod(from: CalendarDay("2026-11-01")!, to: CalendarDay("2026-11-25")!, zone: ReportStory.zone))
        XCTAssertEqual(early.cases.suggested, [
            ReportedSuggestion(key: "batch-T1", kind: .batch, category: "停电", area: "水藤", orders: ["T1", "T2", "T3"]),
            ReportedSuggestion(key: "area-电费-乐从", kind: .sameMatter, category: "电费", area: "乐从", orders: ["S1", "S2", "S3"]),
        ])
        XCTAssertEqual(story.report().cases.suggested, [], "S1 and T1 joined cases: the rest are too few")
    }

    func testADepartmentSeesTheCasesItOwnsAndTheSuggestionsOverOrdersItLeads() {
        let cases = story.report(department: "营销部").cases
        XCTAssertEqual(cases.open.map(\.number), ["GJ0003", "GJ0004"])
        XCTAssertEqual(cases.finished, [])
        let early = story.report(ReportPeriod(from: CalendarDay("2026-11-01")!, to: CalendarDay("2026-11-25")!, zone: ReportStory.zone),
                                 department: "营销部")
        XCTAssertEqual(early.cases.suggested.map(\.key), ["area-电费-乐从"])
    }
}
