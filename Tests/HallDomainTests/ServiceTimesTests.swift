import XCTest
@testable import HallDomain

/// Service times learned from finished services: robust to the odd customer, by hour where
/// there are enough, and kept from one day to the next.
final class ServiceTimesTests: XCTestCase {
    /// Ten payments: nine of 5 minutes and one customer who stayed two hours. A tenth is
    /// trimmed from each end, so the typical payment stays 5 (a plain mean would say 16.5).
    func testOneVeryLongServiceBarelyMovesTheFigure() {
        var times = ServiceTimes()
        for minutes in Array(repeating: 5.0, count: 9) + [120] { times.learn(businessType: "DF", minutes: minutes, hour: 10) }
        XCTAssertEqual(times.typicalMinutes("DF", hour: 10), 5)
    }

    /// Eight services at 9 o'clock of 10 minutes, five at 14 o'clock of 4: nine o'clock has
    /// enough for its own figure; two o'clock does not and takes the type's thirteen, trimmed
    /// by one at each end: (4 × 4 + 7 × 10) / 11.
    func testAnHourHasItsOwnFigureOnceItHasEightServices() {
        var times = ServiceTimes()
        for _ in 0..<8 { times.learn(businessType: "DF", minutes: 10, hour: 9) }
        for _ in 0..<5 { times.learn(businessType: "DF", minutes: 4, hour: 14) }
        XCTAssertEqual(times.typicalMinutes("DF", hour: 9), 10)
        XCTAssertEqual(times.typicalMinutes("DF", hour: 14) ?? 0, 86.0 / 11, accuracy: 1e-9)
        XCTAssertEqual(times.typicalMinutes("DF", hour: nil) ?? 0, 86.0 / 11, accuracy: 1e-9)
        XCTAssertNil(times.typicalMinutes("FP", hour: 9))
    }

    func testOnlyTheNewestFortyAreKept() {
        var samples = RecentSamples()
        for minute in 1...50 { samples.add(Double(minute)) }
        XCTAssertEqual(samples.minutes, (11...50).map(Double.init))
    }

    /// What Monday taught is still known on Tuesday morning, at the hour it was learned.
    func testServiceTimesCarryOverToTheNextDay() throws {
        var hall = HallStory()
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        for _ in 0..<3 {
            try hall.issue(HallFixture.payment)
            try hall.callNext(1)
            hall.later(minutes: 7)
            try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        }
        XCTAssertEqual(hall.state.today.serviceTimes.byHour["DF"]?[9]?.minutes, [7, 7, 7])
        hall.at("2026-11-24 09:00")
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(hall.state.today.businessDay, "2026-11-24")
        XCTAssertEqual(WaitEstimator(catalog: hall.catalog, day: hall.state.today, now: hall.now).typicalMinutes("DF"), 7)
    }
}
