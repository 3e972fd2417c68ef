import XCTest
@testable import HallDomain

/// The appointment book (预约): booked, checked in within its window (a slip with
/// appointment priority, called by the fairness rule), refused outside it, missed once,
/// cancelled. The fixture hall is open 08:30–17:30 with the standard figures: 30-minute
/// slots, check-in from 15 minutes before to 10 minutes after the start, 4 a slot.
final class AppointmentStoryTests: XCTestCase {
    private func request(_ start: String, phone: String = "13800138000", day: String = "2026-11-23",
                         line: Int? = nil) -> AppointmentRequest {
        AppointmentRequest(day: day, start: start, end: nil, businessType: HallFixture.payment.code, name: "梁秀英",
                           phone: phone, source: .onlineGrid, line: line)
    }

    /// Books one appointment at 08:00 on the story's day and returns its id.
    private func book(_ hall: inout HallStory, _ start: String = "09:30", phone: String = "13800138000") throws -> String {
        let events = try hall.run(.bookAppointment(request(start, phone: phone)))
        guard case .appointment(.booked(let booked))? = events.first else { fatalError("book gave \(events)") }
        return booked.id
    }

    private func checkIn(_ hall: inout HallStory, _ id: String) throws(HallRefusal) -> [Event] {
        try hall.run(.checkInAppointment(id: id, customerKind: .residential,
                                         presented: HallFixture.payment.checklist(for: .residential)))
    }

    func testBookingEntersTheBookWithASlotOfTheHallsLength() throws {
        var hall = HallStory()
        hall.at("08:00")
        let id = try book(&hall)
        let appointment = try XCTUnwrap(hall.state.appointments.appointment(id: id))
        XCTAssertEqual(id, "Y20261123001")
        XCTAssertEqual([appointment.slotText, appointment.status.chineseName, appointment.source.chineseName],
                       ["09:30–10:00", "已预约", "网上国网"])
    }

    func testASlotHoldsNoMoreThanItsCapacityAndACancellationFreesAPlace() throws {
        var hall = HallStory()
        hall.at("08:00")
        for index in 0..<4 { _ = try book(&hall, phone: "1380013800\(index)") }
        XCTAssertEqual(hall.refusal(.bookAppointment(request("09:30", phone: "13900139000"))), .appointmentSlotFull)
        try hall.run(.cancelAppointment(id: "Y20261123002", reason: "客户来电取消"))
        XCTAssertEqual(hall.state.appointments.appointment(id: "Y20261123002")?.status, .cancelled)
        XCTAssertNoThrow(try hall.run(.bookAppointment(request("09:30", phone: "13900139000"))))
        XCTAssertEqual(hall.refusal(.cancelAppointment(id: "Y20261123002", reason: nil)), .appointmentNotBooked)
    }

    func testASlotOutsideOpeningHoursOrAlreadyPastIsRefused() {
        var hall = HallStory()
        hall.at("10:00")
        XCTAssertEqual(hall.refusal(.bookAppointment(request("12:30"))), nil, "the fixture hall is open through noon")
        XCTAssertEqual(hall.refusal(.bookAppointment(request("17:15"))), .appointmentSlotInvalid, "17:15–17:45 ends after closing")
        XCTAssertEqual(hall.refusal(.bookAppointment(request("09:00"))), .appointmentInPast)
        XCTAssertEqual(hall.refusal(.bookAppointment(request("9点"))), .appointmentSlotInvalid)
    }

    /// Given an appointment whose customer lacks a document, when the manager approves the
    /// gap (所长特批), the check-in still gives appointment priority and records who approved;
    /// without the approval it is refused as any slip would be.
    func testAManagersApprovalChecksInACustomerMissingADocument() throws {
        var hall = HallStory()
        hall.at("08:00")
        let id = try book(&hall)
        hall.at("09:25")
        XCTAssertEqual(hall.refusal(.checkInAppointment(id: id, customerKind: .residential, presented: [])), .documentsMissing)
        let approval = ChecklistOverride(approvedBy: "M01", reason: "户号由家属电话告知")
        try hall.run(.checkInAppointment(id: id, customerKind: .residential, presented: [], override: approval))
        let slip = try XCTUnwrap(hall.state.today.slips.first)
        XCTAssertEqual(slip.priority, .appointment)
        XCTAssertEqual(slip.override?.approvedBy, "M01")
        XCTAssertEqual(hall.state.appointments.appointment(id: id)?.status, .checkedIn)
    }

    func testCheckingInWithinTheWindowGivesASlipWithAppointmentPriority() throws {
        var hall = HallStory()
        hall.at("08:00")
        let id = try book(&hall)
        hall.at("09:15")
        let events = try checkIn(&hall, id)
        guard case .slipIssued(let slip)? = events.first else { return XCTFail("check-in gave \(events)") }
        XCTAssertEqual(slip.priority, .appointment)
        XCTAssertEqual(events.last, .appointment(.checkedIn(AppointmentCheckedIn(id: id, slip: slip.number))))
        XCTAssertEqual(hall.state.appointments.appointment(id: id)?.slip, slip.number)
        XCTAssertEqual(hall.refusal(.checkInAppointment(id: id, customerKind: .residential, presented: ["户号"])),
                       .appointmentNotBooked, "one slip per appointment")
    }

    func testOutsideTheWindowTheRefusalSaysWhenItIsAndAnOrdinarySlipCanStillBeIssued() throws {
        var hall = HallStory()
        hall.at("08:00")
        let id = try book(&hall)
        hall.at("09:14")
        XCTAssertThrowsError(try checkIn(&hall, id)) { error in
            let refusal = error as? HallRefusal
            XCTAssertEqual(refusal?.code, .appointmentOutsideWindow)
            XCTAssertEqual(refusal?.message,
                           "预约 \(id)（2026-11-23 09:30–10:00）还没到签到时间：签到时间为 2026-11-23 09:15–09:40。可请客户到时再来签到，或按普通客户取号")
        }
        hall.at("09:41")
        XCTAssertEqual(hall.refusal(.checkInAppointment(id: id, customerKind: .residential, presented: ["户号"])),
                       .appointmentOutsideWindow)
        XCTAssertEqual(try hall.issue(HallFixture.payment), "A001")
        XCTAssertEqual(hall.slip("A001")?.priority, nil)
    }

    func testAppointmentPriorityIsNotChosenAtTheDoor() {
        let hall = HallStory()
        XCTAssertEqual(hall.refusal(.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"],
                                               priority: .appointment, override: nil, phone: nil)),
                       .appointmentPriorityOnlyByCheckIn)
    }

    func testTheRuleCallsAnAppointmentBeforeOrdinarySlipsButAfterCare() throws {
        var hall = HallStory()
        hall.at("08:00")
        let id = try book(&hall)
        hall.at("09:15")
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        _ = try checkIn(&hall, id)
        try hall.issue(HallFixture.payment, priority: .care)
        let first = try hall.callNext(1)
        XCTAssertEqual([first.slip, first.reason], ["A003", "老弱病残孕优先"])
        try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        let second = try hall.callNext(1)
        XCTAssertEqual([second.slip, second.reason], ["A002", "预约客户按时签到，排在普通号前"])
    }

    func testAnOrdinarySlipWaitingPastTheCapGoesBeforeAnAppointment() throws {
        var hall = HallStory()
        hall.at("08:00")
        let id = try book(&hall)
        hall.at("08:50")
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        hall.at("09:20")
        _ = try checkIn(&hall, id)
        let called = try hall.callNext(1)
        XCTAssertEqual([called.slip, called.reason], ["A001", "普通号已等 30 分钟（满 30 分钟），优先于优先号"])
    }

    func testAppointmentsCountTowardsThePriorityStreak() throws {
        var hall = HallStory()
        hall.at("08:00")
        let ids = [try book(&hall, phone: "13800000001"), try book(&hall, phone: "13800000002"),
                   try book(&hall, phone: "13800000003")]
        hall.at("09:20")
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.issue(HallFixture.payment)
        for id in ids { _ = try checkIn(&hall, id) }
        for expected in ["A002", "A003"] {
            XCTAssertEqual(try hall.callNext(1).slip, expected)
            try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        }
        let third = try hall.callNext(1)
        XCTAssertEqual([third.slip, third.reason], ["A001", "连续 2 个优先号后轮到普通号（A 队等候最久）"])
    }

    func testAMissedAppointmentIsRecordedOnceWhenItsWindowHasClosed() throws {
        var hall = HallStory()
        hall.at("08:00")
        let id = try book(&hall)
        _ = try book(&hall, "11:00")
        hall.at("09:40")
        XCTAssertEqual(try hall.run(.recordMissedAppointments), [], "the window is open until 09:40")
        hall.at("09:41")
        XCTAssertEqual(try hall.run(.recordMissedAppointments), [.appointment(.missed(AppointmentMissed(id: id)))])
        XCTAssertEqual(try hall.run(.recordMissedAppointments), [], "recorded once")
        XCTAssertEqual(AppointmentHour.hours(of: "2026-11-23", in: hall.state.appointments),
                       [AppointmentHour(hour: 9, booked: 1, checkedIn: 0, missed: 1),
                        AppointmentHour(hour: 11, booked: 1, checkedIn: 0, missed: 0)])
        XCTAssertEqual(hall.refusal(.checkInAppointment(id: id, customerKind: .residential, presented: ["户号"])),
                       .appointmentNotBooked)
    }

    func testAnImportIsWholeOrAbsentAndNamesTheBadLine() throws {
        var hall = HallStory()
        hall.at("08:00")
        let rows = [request("10:00", line: 2), request("10:30", phone: "12", line: 3)]
        XCTAssertThrowsError(try hall.run(.importAppointments(rows))) { error in
            XCTAssertEqual((error as? HallRefusal)?.message, "第 3 行：预约电话应为 7 位以上数字，请核对电话。整批未导入，请改正后重新导入")
        }
        XCTAssertTrue(hall.state.appointments.appointments.isEmpty)
        XCTAssertEqual(try hall.run(.importAppointments([request("10:00", line: 2), request("10:30", line: 3)])).count, 2)
    }

    func testTheGuideKeepsTheBookAndAClerkDoesNot() {
        var hall = HallStory()
        hall.at("08:00")
        XCTAssertEqual(hall.refusal(.bookAppointment(request("10:00")), by: HallFixture.clerk1), .notPermitted)
        XCTAssertEqual(hall.refusal(.recordMissedAppointments, by: HallFixture.clerk1), nil)
    }

    func testAppointmentEventsRoundTripThroughTheCodec() throws {
        let events: [Event] = [
            .appointment(.booked(AppointmentBooked(id: "Y20261123001", day: "2026-11-23", start: "09:30", end: "10:00",
                                                   businessType: "DF", name: "梁秀英", phone: "13800138000", source: .phone,
                                                   utcOffsetSeconds: 28_800))),
            .appointment(.cancelled(AppointmentCancelled(id: "Y20261123001", reason: nil))),
            .appointment(.checkedIn(AppointmentCheckedIn(id: "Y20261123001", slip: "A001"))),
            .appointment(.missed(AppointmentMissed(id: "Y20261123001"))),
        ]
        for event in events {
            let encoded = EventCodec.encode(event)
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event)
        }
        XCTAssertEqual(EventCodec.encode(events[0]).type, "appointmentBooked")
    }
}
