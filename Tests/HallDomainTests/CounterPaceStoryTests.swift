import XCTest
@testable import HallDomain

/// A counter that keeps pace: the waiting slips in the order the counter would call them,
/// 指定呼叫 with a reason, call-next that finishes the slip in hand where the hall says so,
/// and the customer's rating of each service.
final class CounterPaceStoryTests: XCTestCase {
    private let clerk1 = HallFixture.clerk1, clerk2 = HallFixture.clerk2

    private func openHall(nextFinishes: Bool = false) throws -> HallStory {
        var hall = HallStory()
        if nextFinishes { hall.catalog.counters[0].callNextFinishes = true }
        try hall.run(.openCounter(counter: 1), by: clerk1)
        return hall
    }

    // MARK: The call order

    func testTheCallOrderIsTheRuleAppliedAgainAndAgainWithItsReasons() throws {
        var hall = try openHall()
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment, priority: .care)
        try hall.issue(HallFixture.payment, priority: .greenChannel)
        try hall.issue(HallFixture.payment, priority: .care)
        try hall.issue(HallFixture.payment)
        let order = hall.state.callOrder(counter: 1, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(order.map(\.slip), ["A003", "A002", "A001", "A004", "A005"])
        XCTAssertEqual(order.map(\.reason), ["绿色通道优先", "老弱病残孕优先", "连续 2 个优先号后轮到普通号（A 队等候最久）",
                                             "老弱病残孕优先", "A 队等候最久"])
        // The order is what calling does, one by one.
        var called: [String] = []
        for _ in order {
            called.append(try hall.callNext(1).slip)
            try hall.run(.finishService(counter: 1), by: clerk1)
        }
        XCTAssertEqual(called, order.map(\.slip))
        XCTAssertEqual(hall.state.callOrder(counter: 1, catalog: hall.catalog, now: hall.now), [])
    }

    func testTheCallOrderPutsAnOrdinarySlipPastTheWaitCapFirst() throws {
        var hall = try openHall()
        try hall.issue(HallFixture.payment)
        hall.later(minutes: 31)
        try hall.issue(HallFixture.payment, priority: .greenChannel)
        let order = hall.state.callOrder(counter: 1, catalog: hall.catalog, now: hall.now)
        XCTAssertEqual(order.map(\.slip), ["A001", "A002"])
        XCTAssertEqual(order.first?.reason, "普通号已等 31 分钟（满 30 分钟），优先于优先号")
        XCTAssertEqual(order.first, hall.state.nextCall(counter: 1, catalog: hall.catalog, now: hall.now))
    }

    // MARK: 指定呼叫

    func testACallOutOfTurnNamesTheSlipAndRecordsTheClerksReason() throws {
        var hall = try openHall()
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        XCTAssertEqual(try hall.run(.callSlip(counter: 1, slip: "a002", reason: " 客户预约 "), by: clerk1),
                       [.slipCalled(SlipCalled(businessDay: "2026-11-23", slip: "A002", counter: 1, clerk: "C01",
                                               reason: "指定呼叫：客户预约", outOfTurn: "客户预约"))])
        XCTAssertEqual(hall.state.today.counter(1).slipInHand, "A002")
        XCTAssertEqual(hall.slip("A002")?.status, .called)
    }

    func testACallOutOfTurnIsRefusedWithoutAReasonOrForASlipNotWaitingHere() throws {
        var hall = try openHall()
        try hall.run(.openCounter(counter: 2), by: clerk2)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.residentialNew)
        XCTAssertEqual(hall.refusal(.callSlip(counter: 1, slip: "A001", reason: "  "), by: clerk1), .outOfTurnWithoutReason)
        XCTAssertEqual(hall.refusal(.callSlip(counter: 1, slip: "B001", reason: "客户预约"), by: clerk1), .slipNotInCounterQueues)
        XCTAssertEqual(hall.refusal(.callSlip(counter: 1, slip: "A009", reason: "客户预约"), by: clerk1), .unknownSlip)
        XCTAssertEqual(hall.refusal(.callSlip(counter: 1, slip: "A001", reason: "客户预约"), by: clerk2), .notPermitted)
        try hall.run(.callSlip(counter: 2, slip: "A001", reason: "资料已核验"), by: clerk2)
        XCTAssertEqual(hall.refusal(.callSlip(counter: 1, slip: "A001", reason: "客户预约"), by: clerk1), .slipNotWaiting)
        XCTAssertEqual(hall.refusal(.callSlip(counter: 2, slip: "B001", reason: "客户预约"), by: clerk2), .slipInHand)
    }

    /// 指定呼叫 while the counter holds a called slip: where call-next finishes the slip in
    /// hand it does so here too, in the same batch; elsewhere the clerk is told to finish or
    /// mark 过号 first, and nothing is written.
    func testACallOutOfTurnFinishesTheSlipInHandWhereTheHallSaysSo() throws {
        var hall = try openHall(nextFinishes: true)
        for _ in 0..<3 { try hall.issue(HallFixture.payment) }
        try hall.callNext(1)
        XCTAssertEqual(try hall.run(.callSlip(counter: 1, slip: "A003", reason: "客户预约"), by: clerk1),
                       [.serviceFinished(ServiceFinished(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01")),
                        .slipCalled(SlipCalled(businessDay: "2026-11-23", slip: "A003", counter: 1, clerk: "C01",
                                               reason: "指定呼叫：客户预约", outOfTurn: "客户预约"))])
        XCTAssertEqual(hall.slip("A001")?.status, .finished)
        XCTAssertEqual(hall.refusal(.callSlip(counter: 1, slip: "A003", reason: "客户预约"), by: clerk1), .slipNotWaiting,
                       "the slip in hand is never finished to be called again")
    }

    func testWithoutTheSettingACallOutOfTurnSaysToFinishOrMarkNoShowFirst() throws {
        var hall = try openHall()
        for _ in 0..<3 { try hall.issue(HallFixture.payment) }
        try hall.callNext(1)
        XCTAssertThrowsError(try hall.run(.callSlip(counter: 1, slip: "A003", reason: "客户预约"), by: clerk1)) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .slipInHand)
            XCTAssertEqual((error as? HallRefusal)?.message, "1 号窗口手上还有 A001 号，请先办结或标记过号")
        }
        XCTAssertEqual(hall.slip("A001")?.status, .called)
    }

    // MARK: One key per customer

    func testWhereTheHallSaysSoCallNextFinishesTheSlipInHandInTheSameBatch() throws {
        var hall = try openHall(nextFinishes: true)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        hall.later(minutes: 4)
        XCTAssertEqual(try hall.run(.callNext(counter: 1), by: clerk1),
                       [.serviceFinished(ServiceFinished(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01")),
                        .slipCalled(SlipCalled(businessDay: "2026-11-23", slip: "A002", counter: 1, clerk: "C01", reason: "A 队等候最久"))])
        XCTAssertEqual(hall.slip("A001")?.status, .finished)
        XCTAssertEqual(hall.state.today.counter(1).servedToday, 1)
        // Nobody waits: the key still closes the customer served, and calls nobody.
        XCTAssertEqual(try hall.run(.callNext(counter: 1), by: clerk1),
                       [.serviceFinished(ServiceFinished(businessDay: "2026-11-23", slip: "A002", counter: 1, clerk: "C01"))])
        XCTAssertEqual(hall.refusal(.callNext(counter: 1), by: clerk1), .nothingWaiting)
    }

    func testWithoutTheSettingASlipInHandStillRefusesTheCall() throws {
        var hall = try openHall()
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        XCTAssertEqual(hall.refusal(.callNext(counter: 1), by: clerk1), .slipInHand)
    }

    // MARK: Ratings

    func testTheKeypadRatesTheCountersLastFinishedServiceOnce() throws {
        var hall = try openHall(nextFinishes: true)
        XCTAssertEqual(hall.refusal(.rateService(counter: 1, rating: .satisfied, source: .keypad), by: clerk1), .nothingToRate)
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        try hall.callNext(1)
        XCTAssertEqual(hall.refusal(.rateService(counter: 1, rating: .satisfied, source: .keypad), by: clerk1), .nothingToRate)
        try hall.run(.callNext(counter: 1), by: clerk1)  // finishes A001, calls A002
        XCTAssertEqual(try hall.run(.rateService(counter: 1, rating: .verySatisfied, source: .keypad), by: clerk1),
                       [.serviceRated(ServiceRated(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01",
                                                   rating: .verySatisfied, source: .keypad))])
        XCTAssertEqual(hall.slip("A001")?.rating, .verySatisfied)
        XCTAssertEqual(hall.refusal(.rateService(counter: 1, rating: .dissatisfied, source: .clerk), by: clerk1), .alreadyRated)
        XCTAssertEqual(hall.refusal(.rateService(counter: 1, rating: .dissatisfied, source: .keypad), by: clerk2), .notPermitted)
        hall.later(minutes: 3)
        try hall.run(.finishService(counter: 1), by: clerk1)
        try hall.run(.rateService(counter: 1, rating: .dissatisfied, source: .clerk), by: clerk1)
        XCTAssertEqual(hall.slip("A002")?.rating, .dissatisfied)
    }

    func testARatingIsReadFromTheKeypadKeyTheCaseNameOrTheChineseGrade() {
        XCTAssertEqual(["1", "2", "3", "satisfied", "不满意", " 非常满意 "].map(ServiceRating.init(text:)),
                       [.verySatisfied, .satisfied, .dissatisfied, .satisfied, .dissatisfied, .verySatisfied])
        XCTAssertNil(ServiceRating(text: "4"))
    }

    // MARK: The log

    func testTheNewFactsRoundTripAndAnOrdinaryCallEncodesAsItAlwaysDid() throws {
        let rated = Event.serviceRated(ServiceRated(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01",
                                                    rating: .satisfied, source: .keypad))
        let outOfTurn = Event.slipCalled(SlipCalled(businessDay: "2026-11-23", slip: "A002", counter: 1, clerk: "C01",
                                                    reason: "指定呼叫：客户预约", outOfTurn: "客户预约"))
        for event in [rated, outOfTurn] {
            let encoded = EventCodec.encode(event)
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event)
        }
        let ordinary = EventCodec.encode(.slipCalled(SlipCalled(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01",
                                                                reason: "A 队等候最久")))
        XCTAssertEqual(String(decoding: ordinary.body, as: UTF8.self),
                       #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"A 队等候最久","slip":"A001"}"#)
        XCTAssertEqual(ordinary.version, 1)
    }
}
