import XCTest
@testable import HallDomain

/// 重复诉求: 林美玲 complained about the counter clerk's attitude; the order was closed after
/// the National Day holiday, and she comes back about the same thing.
final class WorkOrderRepeatTests: XCTestCase {
    /// The fixture complaint, handled and closed on `closedOn` at 16:00; returns its number.
    private func closedComplaint(_ story: inout WorkOrderStory, closedOn day: String) throws -> String {
        let number = try story.acceptedComplaint()
        try story.contact(number)
        try story.run(.reply(order: number, story.replyNow), by: WorkOrderFixture.marketing1)
        try story.run(.review(order: number, accept: true, reason: nil))
        try story.run(.followUp(order: number, satisfaction: .basicallySatisfied, note: ""))
        story.at("\(day) 16:00")
        try story.run(.close(order: number))
        return number
    }

    private func comingBack(phone: String? = WorkOrderFixture.customer.phone,
                            account: String? = WorkOrderFixture.customer.accountNumber,
                            category: String = "FWTD") -> WorkOrderIntake {
        var intake = WorkOrderFixture.complaint
        intake.source = .hall
        intake.hotlineNumber = nil
        intake.category = category
        intake.customer.phone = phone
        intake.customer.accountNumber = account
        intake.description = "营业员再次态度生硬"
        return intake
    }

    func testTheSameCustomerAboutTheSameCategoryWithinThirtyDaysIsARepeatLinkedBothWays() throws {
        var story = WorkOrderStory()
        let earlier = try closedComplaint(&story, closedOn: "2026-10-09")
        story.at("2026-10-20 10:00")

        let events = try story.run(.receive(comingBack()))

        guard case .workOrder(.received(let received)) = events.first else { return XCTFail("no order received") }
        XCTAssertEqual(received.repeatOf, earlier)
        XCTAssertEqual(events.last, .workOrder(.linked(WorkOrdersLinked(order: received.order, other: earlier, reason: .repeat))))
        XCTAssertTrue(story.order(received.order).isRepeat)
        XCTAssertEqual(story.order(received.order).links, [WorkOrderLink(other: earlier, reason: .repeat)])
        XCTAssertEqual(story.order(earlier).links, [WorkOrderLink(other: received.order, reason: .repeat)])
        XCTAssertFalse(story.order(earlier).isRepeat)
        XCTAssertEqual(received.summary, "受理：投诉·服务态度（来源：营业厅），重复诉求（前单 GD000001）")
        XCTAssertEqual(story.order(earlier).history.last?.event.body.summary, "GD000002 与 GD000001 列为重复诉求")
    }

    func testThePhoneAloneIdentifiesTheCustomer() throws {
        var story = WorkOrderStory()
        let earlier = try closedComplaint(&story, closedOn: "2026-10-09")
        story.at("2026-10-20 10:00")
        let number = try story.receive(comingBack(account: nil))
        XCTAssertEqual(story.order(number).repeatOf, earlier)
    }

    func testAfterTheWindowOrAboutAnotherCategoryItIsANewMatter() throws {
        var story = WorkOrderStory()
        _ = try closedComplaint(&story, closedOn: "2026-10-09")
        story.at("2026-10-20 10:00")
        let otherMatter = try story.receive(comingBack(category: "TD"))
        XCTAssertNil(story.order(otherMatter).repeatOf)
        story.at("2026-11-09 16:01")
        let tooLate = try story.receive(comingBack())
        XCTAssertNil(story.order(tooLate).repeatOf, "30 days and a minute after closing")
    }

    func testTheWindowComesFromTheSettings() throws {
        var story = WorkOrderStory()
        story.settings.repeatWindowDays = 60
        let earlier = try closedComplaint(&story, closedOn: "2026-10-09")
        story.at("2026-11-20 10:00")
        let withinSixtyDays = try story.receive(comingBack())
        XCTAssertEqual(story.order(withinSixtyDays).repeatOf, earlier)
    }

    func testADifferentOrUnknownCustomerIsNoRepeat() throws {
        var story = WorkOrderStory()
        _ = try closedComplaint(&story, closedOn: "2026-10-09")
        story.at("2026-10-20 10:00")
        let stranger = try story.receive(comingBack(phone: "13900139000", account: "0309999999"))
        XCTAssertNil(story.order(stranger).repeatOf)
        let anonymous = try story.receive(comingBack(phone: " ", account: nil))
        XCTAssertNil(story.order(anonymous).repeatOf)
    }

    func testAnOrderStillOpenIsNotRepeatedButPursued() throws {
        var story = WorkOrderStory()
        _ = try story.acceptedComplaint()
        story.at("2026-10-09 10:00")
        let number = try story.receive(comingBack())
        XCTAssertNil(story.order(number).repeatOf)
        XCTAssertEqual(story.order(number).links, [])
    }

    func testTheLatestClosedOrderIsTheOneRepeated() throws {
        var story = WorkOrderStory()
        _ = try closedComplaint(&story, closedOn: "2026-10-09")
        story.at("2026-10-12 09:00")
        let second = try story.receive(comingBack())
        try story.run(.dispatch(order: second, leadDepartment: "营销部", supportingDepartments: []))
        try story.run(.accept(order: second), by: WorkOrderFixture.marketing1)
        try story.contact(second)
        try story.run(.reply(order: second, story.replyNow), by: WorkOrderFixture.marketing1)
        try story.run(.review(order: second, accept: true, reason: nil))
        try story.run(.followUp(order: second, satisfaction: .satisfied, note: ""))
        try story.run(.close(order: second))
        story.at("2026-10-20 10:00")
        let third = try story.receive(comingBack())
        XCTAssertEqual(story.order(third).repeatOf, second)
    }

    func testAReceiptLoggedBeforeRepeatsWereCheckedStillDecodes() throws {
        let json = #"{"order":"GD000001","kind":"complaint","source":"hall","category":"FWTD","major":false,"#
            + #""customer":{"name":"林美玲","address":"天河路 88 号","area":"天河北","station":"天河供电所","areaType":"city","#
            + #""kind":"residential","vip":false},"description":"态度生硬"}"#
        let old = try JSONDecoder().decode(WorkOrderReceived.self, from: Data(json.utf8))
        XCTAssertNil(old.repeatOf)
        XCTAssertNil(old.categoryName)
        var book = WorkOrderBook()
        XCTAssertTrue(old.apply(to: &book, at: Date(timeIntervalSince1970: 1_795_395_600), actor: "K01"))
        XCTAssertFalse(book.orders[0].isRepeat)
    }
}
