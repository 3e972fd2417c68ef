import Foundation
import XCTest
@testable import HallDomain

/// The demo's clock: simulated time from wall-clock instants, frozen while paused, and a
/// speed change that neither jumps nor rewinds what the screen showed.
final class AcceleratedClockTests: XCTestCase {
    private let start = HallFixture.shanghai("2026-11-23 08:25")
    private let real = Date(timeIntervalSince1970: 1_000_000)

    private func after(_ seconds: TimeInterval) -> Date { real.addingTimeInterval(seconds) }

    func testTimeRunsAtTheSpeed() {
        let clock = AcceleratedClock(start: start, speed: 60, real: real)
        XCTAssertEqual(clock.now(real: real), start)
        XCTAssertEqual(clock.now(real: after(5)), HallFixture.shanghai("2026-11-23 08:30"))
        XCTAssertEqual(clock.realSeconds(until: HallFixture.shanghai("2026-11-23 08:35"), real: after(5)), 5)
        XCTAssertEqual(clock.realSeconds(until: HallFixture.shanghai("2026-11-23 08:26"), real: after(5)), 0, "already past")
    }

    func testPausedTimeStandsStillAndResumesFromWhereItStood() {
        var clock = AcceleratedClock(start: start, speed: 60, real: real)
        clock.pause(real: after(5))
        XCTAssertTrue(clock.isPaused)
        XCTAssertEqual(clock.now(real: after(100)), HallFixture.shanghai("2026-11-23 08:30"))
        XCTAssertNil(clock.realSeconds(until: HallFixture.shanghai("2026-11-23 08:31"), real: after(100)), "never, while paused")
        XCTAssertEqual(clock.realSeconds(until: HallFixture.shanghai("2026-11-23 08:29"), real: after(100)), 0)
        clock.pause(real: after(200))
        clock.resume(real: after(100))
        XCTAssertEqual(clock.now(real: after(101)), HallFixture.shanghai("2026-11-23 08:31"))
        clock.resume(real: after(150))
        XCTAssertEqual(clock.now(real: after(102)), HallFixture.shanghai("2026-11-23 08:32"), "resuming twice changes nothing")
    }

    func testAChangeOfSpeedKeepsTheTimeShownAndRunsOnAtTheNewSpeed() {
        var clock = AcceleratedClock(start: start, speed: 60, real: real)
        clock.setSpeed(600, real: after(5))
        XCTAssertEqual(clock.now(real: after(5)), HallFixture.shanghai("2026-11-23 08:30"))
        XCTAssertEqual(clock.now(real: after(6)), HallFixture.shanghai("2026-11-23 08:40"))
        clock.pause(real: after(6))
        clock.setSpeed(1, real: after(50))
        XCTAssertEqual(clock.now(real: after(60)), HallFixture.shanghai("2026-11-23 08:40"), "still paused")
    }

    func testStepsGoThroughTheListAndStopAtItsEnds() {
        var clock = AcceleratedClock(start: start, speed: 45, real: real)
        clock.step(faster: true, real: real)
        XCTAssertEqual(clock.speed, 60)
        clock.step(faster: false, real: real)
        clock.step(faster: false, real: real)
        XCTAssertEqual(clock.speed, 10)
        for _ in 0..<10 { clock.step(faster: true, real: real) }
        XCTAssertEqual(clock.speed, 600)
        for _ in 0..<10 { clock.step(faster: false, real: real) }
        XCTAssertEqual(clock.speed, 1)
    }
}
