import XCTest
@testable import HallDomain

/// Issue 15 item 6, notices to customers: a customer who gave a phone and agreed is told
/// once when three wait ahead, when called and when called again; nobody else is told,
/// and a delivered notice is never recorded (so never sent) again.
final class NoticeStoryTests: XCTestCase {
    private let phone = "13812345678"

    private func issuePayment(_ hall: inout HallStory, phone: String? = nil, consent: Bool = false) throws {
        try hall.run(.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"], priority: nil,
                                override: nil, phone: phone, noticeConsent: consent))
    }

    /// A001–A004 without consent (A004 gave a phone but did not agree), then A005 who agreed.
    private func hallWithFiveWaiting() throws -> HallStory {
        var hall = HallStory()
        for _ in 1...3 { try issuePayment(&hall) }
        try issuePayment(&hall, phone: "13900001111")
        try issuePayment(&hall, phone: phone, consent: true)
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        return hall
    }

    private func serveNext(_ hall: inout HallStory) throws {
        if hall.state.today.counter(1).slipInHand != nil {
            try hall.run(.startService(counter: 1), by: HallFixture.clerk1)
            try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        }
        try hall.run(.callNext(counter: 1), by: HallFixture.clerk1)
    }

    func testTheNoticeIsDueOnceWhenThreeWaitAheadAndNeverWithoutConsent() throws {
        var hall = try hallWithFiveWaiting()
        XCTAssertEqual(hall.state.today.noticePhones, ["A005": phone], "only the phone of the customer who agreed is kept")
        XCTAssertEqual(try hall.run(.queueNotices(peopleAhead: 3)), [], "four ahead: not yet")
        try serveNext(&hall)
        let queued = try hall.run(.queueNotices(peopleAhead: 3))
        XCTAssertEqual(queued.count, 1)
        guard case .noticeQueued(let notice) = queued.first else { return XCTFail("\(queued)") }
        XCTAssertEqual(notice.notice, "A005-ahead")
        XCTAssertEqual(notice.kind, .ahead)
        XCTAssertTrue(notice.text.contains("A005 号前面还有 3 人"), notice.text)
        XCTAssertFalse(notice.text.contains(phone), "the text never holds the phone")
        XCTAssertEqual(try hall.run(.queueNotices(peopleAhead: 3)), [], "queued once, whoever runs the sender")
        try serveNext(&hall)
        XCTAssertEqual(try hall.run(.queueNotices(peopleAhead: 3)), [], "two ahead: already told")
        try serveNext(&hall)
        try serveNext(&hall)
        XCTAssertEqual(hall.slip("A004")?.status, .called)
        XCTAssertEqual(try hall.run(.queueNotices(peopleAhead: 3)), [], "A004 gave a phone but did not agree")
    }

    func testASlipThatAlreadySaidThreeAheadIsNotToldAgain() throws {
        var hall = HallStory()
        try issuePayment(&hall)
        try issuePayment(&hall, phone: phone, consent: true)
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(try hall.run(.queueNotices(peopleAhead: 3)), [], "the slip itself printed 前面还有 1 人")
    }

    func testCalledAndRecalledAreEachToldOnce() throws {
        var hall = HallStory()
        try issuePayment(&hall, phone: phone, consent: true)
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try serveNext(&hall)
        let called = try hall.run(.queueNotices(peopleAhead: 3))
        XCTAssertEqual(called, [.noticeQueued(NoticeQueued(businessDay: "2026-11-23", notice: "A001-called", slip: "A001", kind: .called,
                                                           text: "【\(hall.catalog.hall.name)】请 A001 号到 1 号窗口办理。"))])
        try hall.run(.recall(counter: 1), by: HallFixture.clerk1)
        let recalled = try hall.run(.queueNotices(peopleAhead: 3))
        guard case .noticeQueued(let notice) = recalled.first, recalled.count == 1 else { return XCTFail("\(recalled)") }
        XCTAssertEqual(notice.notice, "A001-recalled-1")
        XCTAssertEqual(notice.kind, .recalled)
        XCTAssertTrue(notice.text.contains("再次呼叫：请 A001 号到 1 号窗口办理"), notice.text)
        XCTAssertEqual(try hall.run(.queueNotices(peopleAhead: 3)), [])
        try hall.run(.startService(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(try hall.run(.queueNotices(peopleAhead: 3)), [], "at the counter: nothing more to tell")
    }

    func testANoticeWhoseMomentPassedIsNotSent() throws {
        var hall = HallStory()
        try issuePayment(&hall, phone: phone, consent: true)
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try serveNext(&hall)
        try hall.run(.queueNotices(peopleAhead: 3))
        XCTAssertEqual(NoticesDue.toSend(in: hall.state.today, attempts: 3).map(\.id), ["A001-called"])
        try hall.run(.recordNotice(notice: "A001-called", result: .failed(exitStatus: 75, reason: "网关忙")))
        XCTAssertEqual(NoticesDue.toSend(in: hall.state.today, attempts: 3).map(\.id), ["A001-called"], "retried while still called")
        try hall.run(.startService(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(NoticesDue.toSend(in: hall.state.today, attempts: 3), [], "the customer is at the counter: not told to come")
    }

    func testConsentNeedsAPhone() {
        let hall = HallStory()
        XCTAssertEqual(hall.refusal(.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"], priority: nil,
                                               override: nil, phone: " ", noticeConsent: true)), .noticeWithoutPhone)
    }

    func testDeliveryAndFailuresAreRecordedAndADeliveredNoticeIsClosed() throws {
        var hall = HallStory()
        try issuePayment(&hall, phone: phone, consent: true)
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try serveNext(&hall)
        try hall.run(.queueNotices(peopleAhead: 3))
        try hall.run(.recordNotice(notice: "A001-called", result: .failed(exitStatus: 1, reason: "短信网关命令退出码 1")))
        XCTAssertEqual(hall.state.today.notices.first?.failures, 1)
        XCTAssertEqual(hall.state.today.notices.first?.statusText, "发送失败 1 次")
        XCTAssertEqual(hall.state.today.notices.first?.isPending(attempts: 3), true)
        try hall.run(.recordNotice(notice: "A001-called", result: .delivered))
        XCTAssertEqual(hall.state.today.notices.first?.statusText, "已送达")
        XCTAssertEqual(hall.refusal(.recordNotice(notice: "A001-called", result: .delivered)), .noticeAlreadyDelivered)
        XCTAssertEqual(hall.refusal(.recordNotice(notice: "A009-called", result: .delivered)), .unknownNotice)
    }

    func testTheNewEventsSurviveTheCodecAndOldSlipsEncodeAsBefore() throws {
        let events: [Event] = [
            .noticeQueued(NoticeQueued(businessDay: "2026-11-23", notice: "A001-ahead", slip: "A001", kind: .ahead, text: "前面还有 3 人")),
            .noticeDelivered(NoticeDelivered(businessDay: "2026-11-23", notice: "A001-ahead")),
            .noticeFailed(NoticeFailed(businessDay: "2026-11-23", notice: "A001-ahead", exitStatus: nil, reason: "无法启动")),
        ]
        for event in events {
            let encoded = EventCodec.encode(event)
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event)
        }
        var hall = HallStory()
        try issuePayment(&hall, phone: phone)
        let body = String(decoding: EventCodec.encode(try XCTUnwrap(hall.log.last?.event)).body, as: UTF8.self)
        XCTAssertFalse(body.contains("noticeConsent"), "a slip without consent writes what it always wrote")
    }
}
