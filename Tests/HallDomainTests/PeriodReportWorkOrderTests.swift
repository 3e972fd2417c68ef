import XCTest
@testable import HallDomain

/// The work-order side of the monthly report over a November told by hand. The figures
/// expected below were counted from the story, not from the code.
final class PeriodReportWorkOrderTests: XCTestCase {
    private func received(_ order: String, _ kind: WorkOrderKind, _ source: WorkOrderSource, _ category: String, area: String,
                          major: Bool = false, contactDue: String?, replyDue: String?, receivedAt: String? = nil,
                          repeatOf: String? = nil) -> WorkOrderEvent {
        var customer = WorkOrderFixture.customer
        customer.area = area
        return .received(WorkOrderReceived(order: order, kind: kind, source: source, category: category, major: major, customer: customer,
                                           description: "", hotlineNumber: nil, firstContactDue: contactDue.map(ReportStory.utc),
                                           arrivalDue: nil, replyDue: replyDue.map(ReportStory.utc),
                                           receivedAt: receivedAt.map(ReportStory.utc), categoryName: category, repeatOf: repeatOf))
    }

    /// O3, O6, O7 in October; O1, O2, O4, O5 in November; O8 on 1 December, local time.
    private var story: ReportStory {
        var story = ReportStory()
        story.at("2026-10-12 09:00", received("O6", .faultReport, .hotline95598, "停电", area: "水藤", contactDue: nil, replyDue: nil))
        story.at("2026-10-20 09:00", received("O7", .faultReport, .hotline95598, "停电", area: "水藤", contactDue: nil, replyDue: nil))
        story.at("2026-10-28 09:00", received("O3", .complaint, .hall, "服务态度", area: "乐从",
                                              contactDue: "2026-10-29 09:00", replyDue: "2026-11-03 09:00"))
        story.at("2026-10-28 09:30", .dispatched(WorkOrderDispatched(order: "O3", leadDepartment: "运检部", supportingDepartments: [])))
        story.at("2026-10-28 14:00", .contacted(WorkOrderContacted(order: "O3", onSite: false, note: "")))
        story.at("2026-11-02 08:00", .replied(WorkOrderReplied(order: "O3", reply: WorkOrderFixture.completeReply)))
        // Imported on the 2nd, taken in by the call centre on the 1st: it counts from the 1st.
        story.at("2026-11-02 09:00", received("O1", .complaint, .hotline95598, "服务态度", area: "乐从",
                                              contactDue: "2026-11-03 09:00", replyDue: "2026-11-09 09:00", receivedAt: "2026-11-01 18:00"))
        story.at("2026-11-02 10:00", .dispatched(WorkOrderDispatched(order: "O1", leadDepartment: "营销部", supportingDepartments: [])))
        story.at("2026-11-02 15:00", .contacted(WorkOrderContacted(order: "O1", onSite: false, note: "")))
        // Accepted on the 4th, after its due time, but the reply itself came on the 2nd: on time.
        story.at("2026-11-04 10:00", .reviewed(WorkOrderReviewed(order: "O3", accepted: true, reason: nil)))
        story.at("2026-11-05 10:00", received("O2", .faultReport, .hall, "停电", area: "水藤", major: true,
                                              contactDue: "2026-11-05 11:00", replyDue: "2026-11-10 10:00"))
        story.at("2026-11-05 10:10", .dispatched(WorkOrderDispatched(order: "O2", leadDepartment: "运检部", supportingDepartments: [])))
        story.at("2026-11-05 10:30", .returnRequested(WorkOrderReturnRequested(order: "O2", department: "运检部", reason: .wrongOwner, note: "")))
        story.at("2026-11-05 10:40", .returnConfirmed(WorkOrderReturnConfirmed(order: "O2")))
        story.at("2026-11-05 10:50", .dispatched(WorkOrderDispatched(order: "O2", leadDepartment: "营销部", supportingDepartments: [])))
        story.at("2026-11-05 11:30", .contacted(WorkOrderContacted(order: "O2", onSite: true, note: "")))
        story.at("2026-11-09 11:00", .replied(WorkOrderReplied(order: "O1", reply: WorkOrderFixture.completeReply)))
        story.at("2026-11-09 12:00", .reviewed(WorkOrderReviewed(order: "O1", accepted: true, reason: nil)))
        story.at("2026-11-10 09:00", .followedUp(WorkOrderFollowedUp(order: "O1", satisfaction: .satisfied, note: "")))
        story.at("2026-11-10 10:00", .closed(WorkOrderClosed(order: "O1")))
        story.at("2026-11-11 09:00", .responsibilityRuled(ResponsibilityRuled(order: "O1", ruling: ResponsibilityRuling(finding: .atFault,
                                                                                                                       department: "营销部"))))
        story.at("2026-11-20 09:00", received("O4", .complaint, .phone, "服务态度", area: "乐从",
                                              contactDue: "2026-11-21 09:00", replyDue: "2026-12-01 09:00", repeatOf: "O3"))
        story.at("2026-11-30 23:30", received("O5", .enquiry, .online, "电费", area: "乐从", contactDue: nil, replyDue: nil))
        story.at("2026-12-01 00:10", received("O8", .enquiry, .online, "电费", area: "乐从", contactDue: nil, replyDue: nil))
        story.at("2026-12-01 08:00", .contacted(WorkOrderContacted(order: "O4", onSite: false, note: "")))
        return story
    }

    func testReceivedOrdersAreCountedByKindCategorySourceAreaAndLeadDepartment() {
        let orders = story.report().workOrders
        XCTAssertEqual(orders.received, 4)
        XCTAssertEqual(orders.byKind, [CountRow(label: "投诉", count: 2), CountRow(label: "咨询", count: 1), CountRow(label: "报障", count: 1)])
        XCTAssertEqual(orders.byCategory, [CountRow(label: "服务态度", count: 2), CountRow(label: "停电", count: 1),
                                           CountRow(label: "电费", count: 1)])
        XCTAssertEqual(orders.bySource.map(\.count).reduce(0, +), 4)
        XCTAssertEqual(orders.bySource.first(where: { $0.label == "95598" })?.count, 1)
        XCTAssertEqual(orders.byArea, [CountRow(label: "乐从", count: 3), CountRow(label: "水藤", count: 1)])
        XCTAssertEqual(orders.byLeadDepartment, [CountRow(label: "未派单", count: 2), CountRow(label: "营销部", count: 2)])
        XCTAssertEqual(orders.major, 1)
        XCTAssertEqual(orders.repeats, 1)
        XCTAssertEqual(orders.repeatsByCategory, [CountRow(label: "服务态度", count: 1)])
    }

    func testFirstContactIsOnTimeLateOrStillOpenForTheDepartmentThatHeldTheOrder() {
        let contact = story.report().workOrders.firstContact
        // O1 contacted 18 h early; O2 contacted at 11:30 against 11:00 after its return; O4
        // never contacted before the month ended (its contact on 1 December does not count).
        XCTAssertEqual(contact, [
            DeadlineFigures(department: "未派单", due: 1, onTime: 0, late: 0, open: 1, medianLateMinutes: nil),
            DeadlineFigures(department: "营销部", due: 2, onTime: 1, late: 1, open: 0, medianLateMinutes: 30),
        ])
        XCTAssertEqual(contact[1].onTimeRate, 0.5)
    }

    func testAReplyIsMetWhenItWasWrittenIfTheCoordinatorAcceptedIt() {
        let reply = story.report().workOrders.reply
        // O3 replied on the 2nd (due the 3rd); O1 replied two hours late; O2 never replied.
        XCTAssertEqual(reply, [
            DeadlineFigures(department: "营销部", due: 2, onTime: 0, late: 1, open: 1, medianLateMinutes: 120),
            DeadlineFigures(department: "运检部", due: 1, onTime: 1, late: 0, open: 0, medianLateMinutes: nil),
        ])
    }

    func testReturnsSatisfactionAndRulingsAreCountedWhereTheyHappened() {
        let orders = story.report().workOrders
        XCTAssertEqual(orders.returns, [ReturnFigures(department: "运检部", requested: 1, confirmed: 1,
                                                      reasons: [CountRow(label: "不属本部门", count: 1)])])
        XCTAssertEqual(orders.satisfaction, [CountRow(label: "满意", count: 1), CountRow(label: "基本满意", count: 0),
                                             CountRow(label: "不满意", count: 0)])
        XCTAssertEqual(orders.rulings, [RulingFigures(department: "营销部", atFault: 1, notAtFault: 0)])
    }

    /// The second follow-up of a complaint checks the first; counting it too would count the
    /// one customer's satisfaction twice.
    func testASecondFollowUpIsNotCountedAgainInSatisfaction() {
        var story = story
        story.at("2026-11-13 09:00", .followedUp(WorkOrderFollowedUp(order: "O1", satisfaction: .satisfied, note: "", second: true)))
        XCTAssertEqual(story.report().workOrders.satisfaction.map(\.count), [1, 0, 0])
    }

    func testMonthOverMonthPutsTheCategoriesThatGrewMostFirst() {
        let story = story
        let october = story.report(ReportStory.november.previous)
        XCTAssertEqual(october.workOrders.byCategory, [CountRow(label: "停电", count: 2), CountRow(label: "服务态度", count: 1)])
        let orders = story.report(previous: october).workOrders
        XCTAssertEqual(orders.categoryChanges, [CategoryChange(category: "服务态度", previous: 1, current: 2),
                                                CategoryChange(category: "电费", previous: 0, current: 1),
                                                CategoryChange(category: "停电", previous: 2, current: 1)])
        XCTAssertEqual(orders.categoryChanges.map(\.changeRate), [1.0, nil, -0.5])
        XCTAssertEqual(orders.fastestGrowing, ["服务态度", "电费"])
        XCTAssertEqual(story.report().workOrders.categoryChanges, [])
    }

    func testADepartmentSeesOnlyItsOwnOrdersAndRecords() {
        let orders = story.report(department: "运检部").workOrders
        XCTAssertEqual(orders.received, 0)
        XCTAssertEqual(orders.firstContact, [])
        XCTAssertEqual(orders.reply.map(\.department), ["运检部"])
        XCTAssertEqual(orders.returns.map(\.department), ["运检部"])
        XCTAssertEqual(orders.satisfaction.map(\.count), [0, 0, 0])
        XCTAssertEqual(orders.rulings, [])
        let marketing = story.report(department: "营销部").workOrders
        XCTAssertEqual(marketing.received, 2)
        XCTAssertEqual(marketing.satisfaction.map(\.count), [1, 0, 0])
    }
}
