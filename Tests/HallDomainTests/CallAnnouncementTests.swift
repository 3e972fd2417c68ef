import XCTest
@testable import HallDomain

/// What the hall hears and the public board shows when a counter calls: numbers read as
/// halls read them, a re-call said as such, the board's newest calls first.
final class CallAnnouncementTests: XCTestCase {
    func testASlipNumberIsReadLetterThenDigitByDigit() {
        XCTAssertEqual(CallReading.slip("A001"), "A 零零一")
        XCTAssertEqual(CallReading.slip("C120"), "C 一二零")
        XCTAssertEqual(CallReading.slip("D999"), "D 九九九")
    }

    func testACounterIsReadAsANumber() {
        XCTAssertEqual(CallReading.counter(3), "三")
        XCTAssertEqual(CallReading.counter(2), "二")
        XCTAssertEqual(CallReading.counter(10), "十")
        XCTAssertEqual(CallReading.counter(12), "十二")
        XCTAssertEqual(CallReading.counter(20), "二十")
        XCTAssertEqual(CallReading.counter(35), "三十五")
        XCTAssertEqual(CallReading.counter(101), "一百零一")
        XCTAssertEqual(CallReading.counter(110), "一百一十")
    }

    func testACallAndARecallAreSpokenAsTheHallSaysThem() {
        let call = CallAnnouncement(slip: "A001", counter: 3, isRecall: false)
        XCTAssertEqual(call.spokenText, "请 A 零零一 号到三号窗口办理")
        XCTAssertEqual(call.boardText, "请 A001 号 到 3 号窗口")
        XCTAssertEqual(CallAnnouncement(slip: "A001", counter: 3, isRecall: true).spokenText, "再次呼叫，请 A 零零一 号到三号窗口办理")
        XCTAssertEqual(CallAnnouncement(slip: "A001", counter: 3, isRecall: true).boardText, "再次呼叫：请 A001 号 到 3 号窗口")
    }

    func testOnlyCallsAndRecallsAreAnnounced() throws {
        var hall = HallStory()
        try hall.issue(HallFixture.payment)
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        let opened = hall.log.last!.event
        XCTAssertNil(CallAnnouncement(opened))
        let called = try hall.run(.callNext(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(CallAnnouncement(called[0]), CallAnnouncement(slip: "A001", counter: 1, isRecall: false))
        let recalled = try hall.run(.recall(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(CallAnnouncement(recalled[0]), CallAnnouncement(slip: "A001", counter: 1, isRecall: true))
    }

    func testTheBoardListsTheNewestCallsFirstAndDropsA过号() throws {
        var hall = HallStory()
        for _ in 0..<3 { try hall.issue(HallFixture.payment) }
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.run(.openCounter(counter: 2), by: HallFixture.clerk2)
        try hall.callNext(1)
        hall.later(minutes: 1)
        try hall.callNext(2, by: HallFixture.clerk2)
        hall.later(minutes: 1)
        XCTAssertEqual(hall.state.recentCalls(catalog: hall.catalog, now: hall.now, limit: 7).map(\.slip), ["A002", "A001"])
        XCTAssertEqual(hall.state.recentCalls(catalog: hall.catalog, now: hall.now, limit: 1).map(\.counter), [2])
        for _ in 0..<hall.catalog.rules.recallLimit { try hall.run(.recall(counter: 2), by: HallFixture.clerk2) }
        try hall.run(.markNoShow(counter: 2), by: HallFixture.clerk2)
        XCTAssertEqual(hall.state.recentCalls(catalog: hall.catalog, now: hall.now, limit: 7).map(\.slip), ["A001"])
    }
}
