import XCTest
@testable import HallDomain

/// A counter idle while its queues had customers: open, empty-handed, someone waiting in
/// one of its own queues. Minutes are worked out by hand from the clock in each story.
final class IdleWithCustomersTests: XCTestCase {
    private let clerk1 = HallFixture.clerk1, clerk2 = HallFixture.clerk2

    private func idleMinutes(_ hall: HallStory, counter: Int) -> Double? {
        hall.state.counterSummaries(catalog: hall.catalog, now: hall.now).first { $0.number == counter }?.idleWithCustomersMinutes
    }

    func testOnlyStretchesOpenEmptyHandedWithSomeoneWaitingCount() throws {
        var hall = HallStory()
        hall.at("09:00")
        try hall.run(.openCounter(counter: 1), by: clerk1)
        hall.at("09:05")
        try hall.issue(HallFixture.payment)
        hall.at("09:12")
        try hall.callNext(1)
        hall.at("09:20")
        try hall.run(.finishService(counter: 1), by: clerk1)
        hall.at("09:25")
        try hall.run(.pauseCounter(counter: 1, reason: "午休"), by: clerk1)
        hall.at("09:30")
        try hall.issue(HallFixture.payment)
        hall.at("09:40")
        XCTAssertEqual(idleMinutes(hall, counter: 1), 7, "09:05–09:12 only: nobody waited after 09:20, and paused from 09:25")
        XCTAssertNil(hall.state.today.counter(1).idleWithCustomers.since)
    }

    func testTheQueryAddsTheOpenStretchUpToNow() throws {
        var hall = HallStory()
        hall.at("09:00")
        try hall.run(.openCounter(counter: 1), by: clerk1)
        hall.at("09:05")
        try hall.issue(HallFixture.payment)
        hall.at("09:12")
        try hall.callNext(1)
        try hall.run(.finishService(counter: 1), by: clerk1)
        hall.at("09:15")
        try hall.issue(HallFixture.payment)
        hall.at("09:20")
        XCTAssertEqual(idleMinutes(hall, counter: 1), 7 + 5, "7 settled, and 09:15 to now still open")
        hall.later(minutes: 1.5)
        XCTAssertEqual(idleMinutes(hall, counter: 1), 7 + 6.5)
        XCTAssertEqual(hall.state.today.counter(1).idleWithCustomers.settledSeconds, 7 * 60, "the log did not change; only now did")
    }

    func testAnotherQueuesCustomersDoNotMakeACounterIdle() throws {
        var hall = HallStory()
        hall.at("09:00")
        try hall.run(.openCounter(counter: 1), by: clerk1) // serves A
        try hall.run(.openCounter(counter: 2), by: clerk2) // serves B, then A
        hall.at("09:05")
        try hall.issue(HallFixture.residentialNew) // B001
        hall.at("09:10")
        XCTAssertEqual(idleMinutes(hall, counter: 1), 0, "only B has someone waiting; counter 1 does not serve B")
        XCTAssertEqual(idleMinutes(hall, counter: 2), 5)
    }

    func testACallAtOneCounterEndsTheStretchOfAnotherSharingTheQueue() throws {
        var hall = HallStory()
        hall.at("09:00")
        try hall.run(.openCounter(counter: 1), by: clerk1)
        try hall.run(.openCounter(counter: 2), by: clerk2)
        hall.at("09:04")
        try hall.issue(HallFixture.payment)
        hall.at("09:06")
        try hall.callNext(1)
        hall.at("09:30")
        XCTAssertEqual(idleMinutes(hall, counter: 1), 2)
        XCTAssertEqual(idleMinutes(hall, counter: 2), 2, "A emptied at 09:06 when counter 1 called A001")
    }

    func testAClosedOrUnopenedCounterIsNeverIdle() throws {
        var hall = HallStory()
        hall.at("09:00")
        try hall.issue(HallFixture.payment)
        hall.at("09:30")
        XCTAssertEqual(idleMinutes(hall, counter: 1), 0)
        XCTAssertEqual(idleMinutes(hall, counter: 2), 0)
    }

    func testAnOldCounterOpenedBodyWithoutQueuesStillDecodesAndReplays() throws {
        let body = Data(#"{"businessDay":"2026-11-23","clerk":"C01","counter":1}"#.utf8)
        let event = try EventCodec.decode(type: "counterOpened", version: 1, body: body)
        XCTAssertEqual(event, .counterOpened(CounterOpened(businessDay: "2026-11-23", counter: 1, clerk: "C01", queues: nil)))
        XCTAssertEqual(EventCodec.encode(event).body, body, "an old event re-encodes to the bytes it was written with")

        var hall = HallStory()
        hall.at("09:00")
        hall.record(event, by: clerk1)
        hall.at("09:05")
        try hall.issue(HallFixture.payment)
        hall.at("09:20")
        XCTAssertEqual(hall.state.today.counter(1).state, .open)
        XCTAssertEqual(idleMinutes(hall, counter: 1), 0, "its queues are unknown, so it is not counted idle")
        XCTAssertEqual(try hall.callNext(1).slip, "A001", "the counter still works: decide reads its queues from the catalog")
    }

    func testANewCounterOpenedBodyCarriesTheQueuesInOrder() {
        let encoded = EventCodec.encode(.counterOpened(CounterOpened(businessDay: "2026-11-23", counter: 2, clerk: "C02", queues: ["B", "A"])))
        XCTAssertEqual(encoded.version, 1)
        XCTAssertEqual(String(decoding: encoded.body, as: UTF8.self),
                       #"{"businessDay":"2026-11-23","clerk":"C02","counter":2,"queues":["B","A"]}"#)
    }

    func testACounterStatusFromAnOlderSnapshotDecodesWithAnEmptyIdleClock() throws {
        let json = Data(#"{"number":1,"state":"open","clerk":"C01","priorityStreak":0,"servedToday":3}"#.utf8)
        let status = try JSONDecoder().decode(CounterStatus.self, from: json)
        XCTAssertEqual(status.servedToday, 3)
        XCTAssertNil(status.queues)
        XCTAssertEqual(status.idleWithCustomers, .none)
    }

    func testTheIdleClockSurvivesASnapshot() throws {
        var hall = HallStory()
        hall.at("09:00")
        try hall.run(.openCounter(counter: 1), by: clerk1)
        hall.at("09:05")
        try hall.issue(HallFixture.payment)
        let restored = try JSONDecoder().decode(HallState.self, from: try JSONEncoder().encode(hall.state))
        XCTAssertEqual(restored, hall.state)
    }
}
