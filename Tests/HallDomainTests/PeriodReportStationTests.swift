import XCTest
@testable import HallDomain

/// `--station`: the work-order figures of one station's customers only, over a November
/// of two orders from 天河供电所 and one from 乐从供电所.
final class PeriodReportStationTests: XCTestCase {
    private func received(_ order: String, station: String, category: String) -> WorkOrderEvent {
        var customer = WorkOrderFixture.customer
        customer.station = station
        return .received(WorkOrderReceived(order: order, kind: .complaint, source: .hall, category: category, major: false, customer: customer,
                                           description: "", hotlineNumber: nil, firstContactDue: ReportStory.utc("2026-11-06 09:00"),
                                           arrivalDue: nil, replyDue: nil, categoryName: category))
    }

    private var story: ReportStory {
        var story = ReportStory()
        story.at("2026-11-05 09:00", received("O1", station: "天河供电所", category: "电费"))
        story.at("2026-11-05 09:10", received("O2", station: "天河供电所", category: "停电"))
        story.at("2026-11-05 09:20", received("O3", station: "乐从供电所", category: "电费"))
        for order in ["O1", "O3"] {
            story.at("2026-11-05 10:00", .dispatched(WorkOrderDispatched(order: order, leadDepartment: "营销部", supportingDepartments: [])))
        }
        story.at("2026-11-05 11:00", .contacted(WorkOrderContacted(order: "O1", onSite: false, note: "")))
        story.at("2026-11-05 12:00", .returnRequested(WorkOrderReturnRequested(order: "O3", department: "营销部", reason: .wrongOwner, note: "")))
        story.at("2026-11-06 09:00", .followedUp(WorkOrderFollowedUp(order: "O3", satisfaction: .dissatisfied, note: "")))
        story.at("2026-11-07 09:00", .responsibilityRuled(ResponsibilityRuled(order: "O3", ruling: ResponsibilityRuling(finding: .atFault,
                                                                                                                       department: "营销部"))))
        return story
    }

    private func report(station: String?) -> PeriodReport {
        var fold = PeriodReportFold(period: ReportStory.november, waitTargetMinutes: 15, station: station)
        for event in story.log { fold.add(event) }
        return fold.report()
    }

    func testOnlyTheStationsOrdersAndWhatHappenedToThemCount() {
        let orders = report(station: "天河供电所").workOrders
        XCTAssertEqual(orders.received, 2)
        XCTAssertEqual(orders.byCategory, [CountRow(label: "停电", count: 1), CountRow(label: "电费", count: 1)])
        XCTAssertEqual(orders.firstContact.map(\.due).reduce(0, +), 2)
        XCTAssertEqual(orders.returns, [], "O3's return is 乐从's")
        XCTAssertEqual(orders.satisfaction.map(\.count), [0, 0, 0])
        XCTAssertEqual(orders.rulings, [])

        let other = report(station: "乐从供电所")
        XCTAssertEqual(other.station, "乐从供电所")
        XCTAssertEqual(other.workOrders.received, 1)
        XCTAssertEqual(other.workOrders.returns.map(\.requested), [1])
        XCTAssertEqual(other.workOrders.satisfaction.map(\.count), [0, 0, 1])
        XCTAssertEqual(other.workOrders.rulings.map(\.atFault), [1])
        XCTAssertEqual(report(station: nil).workOrders.received, 3)
    }

    func testTheFoldKnowsTheStationsItSawWhateverItWasNarrowedTo() {
        var fold = PeriodReportFold(period: ReportStory.november, waitTargetMinutes: 15, station: "没有这个所")
        for event in story.log { fold.add(event) }
        XCTAssertEqual(fold.stationsSeen, ["乐从供电所", "天河供电所"])
        XCTAssertEqual(fold.report().workOrders.received, 0)
    }
}
