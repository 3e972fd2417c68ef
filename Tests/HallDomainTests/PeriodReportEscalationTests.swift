import XCTest
@testable import HallDomain

/// The month report counts escalations by the level they went to and why, in the month they
/// were recorded, under the department that led the order then.
final class PeriodReportEscalationTests: XCTestCase {
    private func received(_ order: String) -> WorkOrderEvent {
        .received(WorkOrderReceived(order: order, kind: .complaint, source: .hotline95598, category: "FWTD", major: false,
                                    customer: WorkOrderFixture.customer, description: "", hotlineNumber: nil,
                                    firstContactDue: nil, arrivalDue: nil, replyDue: nil, receivedAt: nil, categoryName: "服务态度",
                                    repeatOf: nil))
    }

    private var story: ReportStory {
        var story = ReportStory()
        for order in ["E1", "E2", "E3"] { story.at("2026-10-30 09:00", received(order)) }
        story.at("2026-10-30 09:10", .dispatched(WorkOrderDispatched(order: "E1", leadDepartment: "营销部", supportingDepartments: [])))
        story.at("2026-10-30 09:10", .dispatched(WorkOrderDispatched(order: "E2", leadDepartment: "营销部", supportingDepartments: [])))
        story.at("2026-10-30 09:10", .dispatched(WorkOrderDispatched(order: "E3", leadDepartment: "运检部", supportingDepartments: [])))
        // October's escalation is October's.
        story.at("2026-10-31 10:30", .escalated(WorkOrderEscalated(order: "E1", level: .departmentHead, reason: .warningPoint,
                                                                   deadline: .firstContact)))
        story.at("2026-11-02 16:01", .escalated(WorkOrderEscalated(order: "E1", level: .stationHead, reason: .deadlinePassed,
                                                                   deadline: .firstContact)))
        story.at("2026-11-03 10:30", .escalated(WorkOrderEscalated(order: "E2", level: .departmentHead, reason: .warningPoint,
                                                                   deadline: .reply)))
        story.at("2026-11-04 09:00", .escalated(WorkOrderEscalated(order: "E3", level: .departmentHead, reason: .repeatedPush)))
        return story
    }

    func testEscalationsAreCountedByLevelAndReasonInTheMonthTheyHappened() {
        let figures = story.report().workOrders.escalations
        XCTAssertEqual(figures.map(\.level), ["部门负责人", "供电所所长"])
        XCTAssertEqual(figures.map(\.total), [2, 1])
        XCTAssertEqual(figures.map(\.byTime), [1, 1])
        XCTAssertEqual(figures[0].reasons.first { $0.label == "多次催办" }?.count, 1)
        XCTAssertEqual(story.report(department: "营销部").workOrders.escalations.map(\.total), [1, 1])
    }

    func testTheReportSaysHowManyAndHowManyTimeAloneMade() {
        let report = story.report()
        let document = ReportDocument(report, tables: ReportTables(report: report, names: { _ in nil }), hallName: "乐从营业厅")
        XCTAssertTrue(document.sections[0].sentences.contains("升级至部门负责人 2 次、至供电所所长 1 次，其中按时限自动升级 2 次。"),
                      "\(document.sections[0].sentences)")
        let table = ReportTables(report: report, names: { _ in nil }).workOrders.first { $0.file == "escalations" }
        XCTAssertEqual(table?.header, ["升级至", "重大诉求", "多次催办", "超期催办", "临期预警", "超过时限", "合计"])
        XCTAssertEqual(table?.rows, [["部门负责人", "0", "1", "0", "1", "0", "2"], ["供电所所长", "0", "0", "0", "0", "1", "1"]])
    }
}
