import XCTest
@testable import HallDomain

/// What the coordinator's list shows: time left on working time, sections, why a due date, the filter.
final class WorkOrderViewTests: XCTestCase {
    private let settings = WorkOrderFixture.settings
    private let calendar = WorkOrderFixture.calendar

    func testWorkingSecondsSkipLunchNightsAndTheNationalDayHoliday() {
        XCTAssertEqual(calendar.workingSeconds(from: HallFixture.shanghai("2026-09-30 16:00"), to: HallFixture.shanghai("2026-10-08 16:00")),
                       7 * 3600, "1h30 on 09-30, nothing 10-01…10-07, 5h30 on 10-08")
        XCTAssertEqual(calendar.workingSeconds(from: HallFixture.shanghai("2026-11-23 11:00"), to: HallFixture.shanghai("2026-11-23 15:00")),
                       2 * 3600, "11:00–12:00 and 14:00–15:00")
        XCTAssertEqual(calendar.workingSeconds(from: HallFixture.shanghai("2026-11-23 15:00"), to: HallFixture.shanghai("2026-11-23 11:00")),
                       -2 * 3600)
        XCTAssertEqual(calendar.workingSeconds(from: HallFixture.shanghai("2026-10-09 17:00"), to: HallFixture.shanghai("2026-10-10 09:00")),
                       3600, "10-10 is a Saturday worked in exchange for National Day")
        XCTAssertEqual(calendar.workingDayLength, 7 * 3600)
    }

    func testStandingCountsWorkingTimeForAComplaintAndPlainTimeForARepair() throws {
        var story = WorkOrderStory()
        let complaint = try story.receive()
        story.at("2026-10-08 15:00")
        let standing = try XCTUnwrap(story.order(complaint).standing(at: story.now, settings: settings))
        XCTAssertEqual(standing.deadline, .firstContact)
        XCTAssertEqual(standing.secondsLeft, 3600)
        XCTAssertEqual(standing.chineseText, "剩 1时")
        XCTAssertTrue(standing.isDueSoon)
        story.at("2026-10-09 09:00")
        let late = try XCTUnwrap(story.order(complaint).standing(at: story.now, settings: settings))
        XCTAssertTrue(late.isOverdue)
        XCTAssertEqual(late.chineseText, "超期 2时", "16:00–17:30 on 10-08 and 08:30–09:00 on 10-09; the night is not working time")

        story.at("2026-10-03 02:00")
        var fault = WorkOrderIntake(kind: .faultReport, source: .phone, category: "TD", customer: WorkOrderFixture.customer,
                                    description: "整栋楼停电")
        fault.hotlineNumber = nil
        let repair = try story.receive(fault)
        story.at("2026-10-03 02:40")
        let arrival = try XCTUnwrap(story.order(repair).standing(at: story.now, settings: settings))
        XCTAssertEqual(arrival.deadline, .arrival)
        XCTAssertFalse(arrival.isWorkingTime)
        XCTAssertEqual(arrival.chineseText, "剩 5分", "45 minutes in the city, counted through a holiday night")
        XCTAssertTrue(arrival.isDueSoon)
    }

    func testSectionsAndTheirOrderMostUrgentFirst() throws {
        var story = WorkOrderStory()
        let first = try story.receive()
        story.at("2026-10-08 09:00")
        var second = WorkOrderFixture.complaint
        second.hotlineNumber = "95598-20261008-0002"
        let later = try story.receive(second)
        try story.run(.dispatch(order: later, leadDepartment: "营销部", supportingDepartments: []))
        story.at("2026-10-09 08:45")
        let book = story.state.workOrders
        XCTAssertEqual(book.orders(in: .awaitingDispatch, at: story.now, settings: settings).map(\.number), [first])
        XCTAssertEqual(book.orders(in: .inProgress, at: story.now, settings: settings).map(\.number), [later])
        XCTAssertEqual(book.orders(in: .overdue, at: story.now, settings: settings).map(\.number), [first], "due 10-08 16:00")
        XCTAssertEqual(book.orders(in: .dueSoon, at: story.now, settings: settings).map(\.number), [later], "due 10-09 09:00")
        XCTAssertEqual(book.orders(in: .all, at: story.now, settings: settings).map(\.number), [first, later], "overdue first")
        let counts = WorkOrderStandings(book: book, settings: settings, now: story.now).counts
        XCTAssertEqual(counts[.all], 2)
        XCTAssertEqual(counts[.awaitingReview], 0)
    }

    func testDueExplanationWalksTheHolidayAndNotesWhenSettingsChanged() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        let order = story.order(number)
        let explanation = try XCTUnwrap(DueExplanation.explain(order, .firstContact, settings: settings))
        XCTAssertEqual(explanation.due, HallFixture.shanghai("2026-10-08 16:00"))
        XCTAssertTrue(explanation.steps.first?.contains("16:00 收到") == true, "\(explanation.steps)")
        XCTAssertTrue(explanation.steps.contains { $0.contains("国庆节") }, "\(explanation.steps)")
        XCTAssertNil(explanation.differsFromStored)
        var stricter = settings
        stricter.deadlines[.complaint]?.firstContact = .workingHours(2)
        let changed = try XCTUnwrap(DueExplanation.explain(order, .firstContact, settings: stricter))
        XCTAssertEqual(changed.due, HallFixture.shanghai("2026-10-08 16:00"), "the stored due time stands")
        XCTAssertEqual(changed.differsFromStored, HallFixture.shanghai("2026-10-08 09:00"))
        XCTAssertNil(DueExplanation.explain(order, .arrival, settings: settings), "a complaint has no arrival deadline")
    }

    func testTheFilterNarrowsByEveryWordTyped() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: ["运检部"]))
        let order = story.order(number)
        XCTAssertTrue(WorkOrderFilter("投诉 天河北 营销部").matches(order, settings: settings))
        XCTAssertTrue(WorkOrderFilter("服务态度").matches(order, settings: settings), "the category's name")
        XCTAssertTrue(WorkOrderFilter("gd000001").matches(order, settings: settings))
        XCTAssertTrue(WorkOrderFilter("运检部").matches(order, settings: settings), "a supporting department")
        XCTAssertFalse(WorkOrderFilter("投诉 石牌").matches(order, settings: settings))
        XCTAssertTrue(WorkOrderFilter("  ").isEmpty)
    }

    func testMaskingHidesTheMiddleOfNumbers() {
        XCTAssertEqual(Masking.phone("13812341234"), "138****1234")
        XCTAssertEqual(Masking.phone("020-87654321"), "020*****4321")
        XCTAssertEqual(Masking.phone("12345"), "***45")
        XCTAssertEqual(Masking.idNumber("44010619800101123X"), "440106********123X")
        XCTAssertEqual(Masking.text("客户13812341234来电，身份证44010619800101123X，户号0301234567"),
                       "客户138****1234来电，身份证440106********123X，户号0301234567")
        XCTAssertTrue(PermissionMatrix.allows(WorkOrderFixture.coordinator, .seeCustomerContact))
        XCTAssertTrue(PermissionMatrix.allows(WorkOrderFixture.marketing1, .seeCustomerContact))
        XCTAssertFalse(PermissionMatrix.allows(HallFixture.guide, .seeCustomerContact))
    }
}

/// Several commands decided as one action.
final class DecideInTurnTests: XCTestCase {
    func testPushingSeveralOrdersIsOneDecisionAndOneRefusalStopsAll() throws {
        var story = WorkOrderStory()
        let first = try story.receive()
        var second = WorkOrderFixture.complaint
        second.hotlineNumber = "95598-20260930-0002"
        let other = try story.receive(second)
        for number in [first, other] {
            try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        }
        let pushes = [first, other].map { WorkOrderCommand.push(order: $0, level: .reminder, note: "请尽快联系客户") }
        let events = try decideInTurn(pushes, state: story.state, catalog: WorkOrderFixture.catalog, settings: WorkOrderFixture.settings,
                                      actor: WorkOrderFixture.coordinator, now: story.now)
        XCTAssertEqual(events.count, 2)
        XCTAssertThrowsError(try decideInTurn(pushes + [.push(order: "GD999999", level: .reminder, note: "")], state: story.state,
                                              catalog: WorkOrderFixture.catalog, settings: WorkOrderFixture.settings,
                                              actor: WorkOrderFixture.coordinator, now: story.now)) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .unknownWorkOrder)
        }
    }

    func testALaterCommandSeesWhatAnEarlierOneDid() throws {
        var story = WorkOrderStory()
        let number = try story.receive()
        let events = try decideInTurn([.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []),
                                       .push(order: number, level: .reminder, note: "")],
                                      state: story.state, catalog: WorkOrderFixture.catalog, settings: WorkOrderFixture.settings,
                                      actor: WorkOrderFixture.coordinator, now: story.now)
        XCTAssertEqual(events.count, 2, "the push is allowed because the dispatch before it was taken into account")
    }
}
