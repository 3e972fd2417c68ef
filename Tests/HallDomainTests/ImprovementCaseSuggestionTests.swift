import XCTest
@testable import HallDomain

/// Groups of orders that may share a root cause are proposed as cases until a case explains
/// them or the coordinator dismisses them.
final class ImprovementCaseSuggestionTests: XCTestCase {
    private var serial = 0

    /// Receives a complaint at `time` about `category` in `area`.
    private func receive(_ story: inout WorkOrderStory, at time: String, category: String = "FWTD",
                         area: String = "天河北") throws -> String {
        serial += 1
        story.at(time)
        var intake = WorkOrderFixture.complaint
        intake.category = category
        intake.customer.area = area
        intake.customer.phone = "1380013\(String(format: "%04d", serial))"
        intake.hotlineNumber = "95598-20261001-\(String(format: "%04d", serial))"
        return try story.receive(intake)
    }

    private func suggestions(_ story: WorkOrderStory, since: String = "2026-09-01 00:00") -> [CaseSuggestion] {
        CaseSuggestion.find(book: story.state.workOrders, rule: story.settings.batchRule, since: HallFixture.shanghai(since),
                            now: story.now)
    }

    /// Three 天河北 service complaints a week apart, one elsewhere and one of another category.
    private func spreadOut(_ story: inout WorkOrderStory) throws -> [String] {
        let first = try receive(&story, at: "2026-09-30 10:00")
        _ = try receive(&story, at: "2026-10-08 10:00", area: "乐从")
        _ = try receive(&story, at: "2026-10-09 10:00", category: "TD")
        let second = try receive(&story, at: "2026-10-12 10:00")
        let third = try receive(&story, at: "2026-10-19 10:00")
        return [first, second, third]
    }

    func testThreeOrdersOfOneCategoryAndAreaInThePeriodAreSuggested() throws {
        var story = WorkOrderStory()
        let orders = try spreadOut(&story)
        XCTAssertEqual(suggestions(story), [CaseSuggestion(key: "area-FWTD-天河北", kind: .sameMatter, category: "FWTD",
                                                           area: "天河北", orders: orders)])
        XCTAssertEqual(suggestions(story, since: "2026-10-01 00:00"), [], "only two of them fall in October")
    }

    func testOrdersInABatchWarningAreSuggestedOnceAsTheBatch() throws {
        var story = WorkOrderStory()
        let orders = try ["09:00", "11:00", "15:00"].map { try receive(&story, at: "2026-10-12 \($0)") }
        XCTAssertEqual(suggestions(story), [CaseSuggestion(key: "batch-\(orders[0])", kind: .batch, category: "FWTD", area: "天河北",
                                                           orders: orders)])
    }

    func testOrdersLinkedAsRepeatsAreSuggestedTogether() throws {
        var story = WorkOrderStory()
        let first = try receive(&story, at: "2026-09-30 10:00", area: "乐从")
        let again = try receive(&story, at: "2026-10-12 10:00", category: "TD")
        try story.run(.link(order: again, to: first, reason: .repeat))
        XCTAssertEqual(suggestions(story, since: "2026-10-01 00:00"),
                       [CaseSuggestion(key: "repeat-\(first)", kind: .repeat, category: nil, area: nil, orders: [first, again])])
    }

    func testOrdersACaseExplainsAreNoLongerSuggested() throws {
        var story = WorkOrderStory()
        let orders = try spreadOut(&story)
        try story.run(.openCase(ImprovementCaseDraft(rootCause: "新营业员未培训", action: "培训", ownerDepartment: "营销部",
                                                     dueDay: "2026-10-31", orders: [orders[0]])))
        XCTAssertEqual(suggestions(story), [], "two unexplained orders are not a cluster")
    }

    func testADismissedSuggestionStaysAwayUntilANewOrderJoinsIt() throws {
        var story = WorkOrderStory()
        let orders = try spreadOut(&story)

        let events = try story.run(.dismissSuggestion(key: "area-FWTD-天河北", reason: "三户各自原因不同"))

        XCTAssertEqual(events, [.workOrder(.caseSuggestionDismissed(CaseSuggestionDismissed(key: "area-FWTD-天河北", orders: orders,
                                                                                           reason: "三户各自原因不同")))])
        XCTAssertEqual(suggestions(story), [])
        XCTAssertEqual(story.refusal(.dismissSuggestion(key: "area-FWTD-天河北", reason: "再驳")), .unknownSuggestion)
        let fourth = try receive(&story, at: "2026-10-26 10:00")
        XCTAssertEqual(suggestions(story).map(\.orders), [orders + [fourth]])
    }

    func testOnlyTheDispatcherDismissesAndSaysWhy() throws {
        var story = WorkOrderStory()
        _ = try spreadOut(&story)
        XCTAssertEqual(story.refusal(.dismissSuggestion(key: "area-FWTD-天河北", reason: "不是"), by: WorkOrderFixture.marketing1),
                       .notPermitted)
        XCTAssertEqual(story.refusal(.dismissSuggestion(key: "area-FWTD-天河北", reason: " ")), .reasonMissing)
        XCTAssertEqual(story.refusal(.dismissSuggestion(key: "area-TD-乐从", reason: "不是")), .unknownSuggestion)
    }
}
