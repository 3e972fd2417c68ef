import Foundation
import XCTest
@testable import HallDomain

/// One counter, one terminal: a second terminal is told where the counter is open and may
/// work it only after an explicit take-over, which the log records; the first terminal is
/// then refused, so the two can never both call for it.
final class CounterTakeOverTests: XCTestCase {
    private let clerk1 = HallFixture.clerk1, clerk2 = HallFixture.clerk2

    /// Decides `command` as `actor` at `terminal`, and records the events as written there.
    @discardableResult
    private func run(_ hall: inout HallStory, _ command: HallCommand, by actor: StaffMember, at terminal: String) throws(HallRefusal) -> [Event] {
        let events = try decide(command, state: hall.state, catalog: hall.catalog, actor: actor, now: hall.now, terminal: terminal)
        for event in events { hall.record(event, by: actor) }
        return events
    }

    private func refusal(_ hall: HallStory, _ command: HallCommand, by actor: StaffMember, at terminal: String) -> HallRefusal? {
        do {
            _ = try decide(command, state: hall.state, catalog: hall.catalog, actor: actor, now: hall.now, terminal: terminal)
            return nil
        } catch {
            return error
        }
    }

    func testTheSecondTerminalIsToldWhereByWhomAndSinceWhen() throws {
        var hall = HallStory()
        hall.at("09:05")
        let opened = try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/1")
        XCTAssertEqual(opened, [.counterOpened(CounterOpened(businessDay: "2026-11-23", counter: 1, clerk: "C01", queues: ["A"], terminal: "pts/1"))])
        XCTAssertEqual(hall.state.today.counter(1).terminal, "pts/1")
        XCTAssertEqual(hall.state.today.counter(1).heldSince, hall.now)
        hall.at("09:30")

        let again = try XCTUnwrap(refusal(hall, .openCounter(counter: 1), by: clerk1, at: "pts/2"))
        XCTAssertEqual(again.code, .counterOnOtherTerminal)
        for part in ["1 号窗口", "pts/1", "陈志强（C01）", "09:05", "接管", "--take-over"] {
            XCTAssertTrue(again.message.contains(part), "\(part) in \(again.message)")
        }
        XCTAssertEqual(refusal(hall, .openCounter(counter: 1), by: clerk1, at: "pts/1")?.code, .counterAlreadyOpen, "the same terminal is told it is already open")
        let colleague = try XCTUnwrap(refusal(hall, .openCounter(counter: 1), by: clerk2, at: "pts/2"))
        XCTAssertEqual(colleague.code, .counterHeldByOther)
        XCTAssertTrue(colleague.message.contains("接管"), colleague.message)
    }

    func testATakeOverIsRecordedAndTheFirstTerminalCanNoLongerCall() throws {
        var hall = HallStory()
        try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/1")
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.payment)
        try run(&hall, .callNext(counter: 1), by: clerk1, at: "pts/1")
        hall.later(minutes: 3)

        let taken = try run(&hall, .takeOverCounter(counter: 1), by: clerk1, at: "pts/2")
        XCTAssertEqual(taken, [.counterTakenOver(CounterTakenOver(businessDay: "2026-11-23", counter: 1, clerk: "C01", terminal: "pts/2",
                                                                  previousClerk: "C01", previousTerminal: "pts/1"))])
        let status = hall.state.today.counter(1)
        XCTAssertEqual(status.state, .open)
        XCTAssertEqual(status.terminal, "pts/2")
        XCTAssertEqual(status.slipInHand, "A001", "the slip in hand moves with the counter")

        for command: HallCommand in [.finishService(counter: 1), .callNext(counter: 1), .recall(counter: 1), .pauseCounter(counter: 1, reason: "午休"), .closeCounter(counter: 1)] {
            XCTAssertEqual(refusal(hall, command, by: clerk1, at: "pts/1")?.code, .counterOnOtherTerminal, "\(command) from the old terminal")
        }
        try run(&hall, .finishService(counter: 1), by: clerk1, at: "pts/2")
        try run(&hall, .callNext(counter: 1), by: clerk1, at: "pts/2")
        XCTAssertEqual(hall.state.today.counter(1).slipInHand, "A002")
    }

    func testAColleagueMayTakeOverOnlyExplicitlyAndThenHoldsTheCounter() throws {
        var hall = HallStory()
        try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/1")
        try run(&hall, .takeOverCounter(counter: 1), by: clerk2, at: "pts/2")
        XCTAssertEqual(hall.state.today.counter(1).clerk, "C02")
        XCTAssertEqual(refusal(hall, .callNext(counter: 1), by: clerk1, at: "pts/1")?.code, .notPermitted,
                       "the permission matrix answers first: a clerk works only the counter they hold")
        XCTAssertEqual(refusal(hall, .callNext(counter: 1), by: clerk2, at: "pts/2")?.code, .nothingWaiting)
    }

    func testNothingToTakeOverWhenClosedOrAlreadyHere() throws {
        var hall = HallStory()
        XCTAssertEqual(refusal(hall, .takeOverCounter(counter: 1), by: clerk1, at: "pts/1")?.code, .counterClosed)
        try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/1")
        XCTAssertEqual(refusal(hall, .takeOverCounter(counter: 1), by: clerk1, at: "pts/1")?.code, .counterAlreadyOpen)
        XCTAssertEqual(refusal(hall, .takeOverCounter(counter: 9), by: clerk1, at: "pts/1")?.code, .unknownCounter)
    }

    func testAPausedCounterIsResumedOnlyWhereItWasPaused() throws {
        var hall = HallStory()
        try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/1")
        try run(&hall, .pauseCounter(counter: 1, reason: "午休"), by: clerk1, at: "pts/1")
        XCTAssertEqual(refusal(hall, .openCounter(counter: 1), by: clerk1, at: "pts/2")?.code, .counterOnOtherTerminal)
        try run(&hall, .takeOverCounter(counter: 1), by: clerk1, at: "pts/2")
        XCTAssertEqual(hall.state.today.counter(1).state, .paused, "taking over does not resume by itself")
        try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/2")
        XCTAssertEqual(hall.state.today.counter(1).state, .open)
    }

    func testClosingForgetsTheTerminalAndUnknownTerminalsNeverDiffer() throws {
        var hall = HallStory()
        try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/1")
        try run(&hall, .closeCounter(counter: 1), by: clerk1, at: "pts/1")
        XCTAssertNil(hall.state.today.counter(1).terminal)
        try run(&hall, .openCounter(counter: 1), by: clerk1, at: "pts/2")

        var old = HallStory()
        try old.run(.openCounter(counter: 1), by: clerk1)
        XCTAssertNil(old.state.today.counter(1).terminal, "opened without a terminal, as a log from before terminals were recorded")
        XCTAssertEqual(refusal(old, .openCounter(counter: 1), by: clerk1, at: "pts/2")?.code, .counterAlreadyOpen)
        XCTAssertFalse(old.state.today.counter(1).needsTakeOver(clerk: "C01", terminal: "pts/2"))
        XCTAssertTrue(old.state.today.counter(1).needsTakeOver(clerk: "C02", terminal: "pts/2"))
    }

    func testTheEventsRoundTripAndAnOldOpeningStillDecodes() throws {
        let takeOver = Event.counterTakenOver(CounterTakenOver(businessDay: "2026-11-23", counter: 2, clerk: "C02", terminal: "guide-2",
                                                               previousClerk: "C01", previousTerminal: "pts/1"))
        let opened = Event.counterOpened(CounterOpened(businessDay: "2026-11-23", counter: 2, clerk: "C02", queues: ["A"], terminal: "pts/3"))
        for event in [takeOver, opened] {
            let encoded = EventCodec.encode(event)
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event)
        }
        XCTAssertEqual(EventCodec.encode(takeOver).type, "counterTakenOver")
        let old = try EventCodec.decode(type: "counterOpened", version: 1, body: Data(#"{"businessDay":"2026-11-23","clerk":"C01","counter":1}"#.utf8))
        XCTAssertEqual(old, .counterOpened(CounterOpened(businessDay: "2026-11-23", counter: 1, clerk: "C01", queues: nil, terminal: nil)))
    }
}
