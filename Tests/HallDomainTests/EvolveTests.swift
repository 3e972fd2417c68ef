import XCTest
@testable import HallDomain

/// Given these recorded events, the state is…
final class EvolveTests: XCTestCase {
    private func recorded(_ seq: Int, _ event: Event) -> RecordedEvent {
        RecordedEvent(seq: seq, timestamp: "2026-11-23T09:0\(seq % 10):00.000+08:00",
                      time: Date(timeIntervalSince1970: 1_795_395_600 + Double(seq % 10) * 60), actor: "A01", terminal: "tty1", event: event)
    }

    func testANewHallHasSeenNothing() {
        XCTAssertEqual(HallState.initial.lastSeq, 0)
        XCTAssertNil(HallState.initial.lastEventAt)
        XCTAssertTrue(HallState.initial.repairs.isEmpty)
    }

    func testARepairIsRememberedInOrder() {
        let first = LogRepaired(bytes: 17, offset: 900, quarantineFile: "quarantine/a.bin")
        let second = LogRepaired(bytes: 3, offset: 1200, quarantineFile: "quarantine/b.bin")
        let state = [recorded(1, .logRepaired(first)), recorded(2, .logRepaired(second))].reduce(HallState.initial, evolve)
        XCTAssertEqual(state.repairs, [first, second])
        XCTAssertEqual(state.lastSeq, 2)
        XCTAssertEqual(state.lastEventAt, "2026-11-23T09:02:00.000+08:00")
    }

    func testARecordFromANewerVersionIsCountedNotLost() {
        let state = [
            recorded(1, .unrecognised(type: "slipIssued", version: 9)),
            recorded(2, .unrecognised(type: "slipIssued", version: 9)),
            recorded(3, .unrecognised(type: "counterOpened", version: 1)),
        ].reduce(HallState.initial, evolve)
        XCTAssertEqual(state.unrecognised, ["slipIssued": 2, "counterOpened": 1])
        XCTAssertEqual(state.lastSeq, 3)
    }

    /// Replaying any sequence twice, or in two halves, gives the same state: evolve
    /// depends on nothing but its inputs.
    func testReplayIsDeterministicForRandomSequences() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let count = Int.random(in: 0...40, using: &generator)
            let events: [RecordedEvent] = (0..<count).map { index in
                if Bool.random(using: &generator) {
                    return recorded(index + 1, .logRepaired(LogRepaired(bytes: Int.random(in: 1...999), offset: index * 10, quarantineFile: "q/\(index).bin")))
                }
                return recorded(index + 1, .unrecognised(type: ["x", "y", "z"].randomElement()!, version: 1))
            }
            let once = events.reduce(HallState.initial, evolve)
            let again = events.reduce(HallState.initial, evolve)
            let cut = Int.random(in: 0...count, using: &generator)
            let halves = events[cut...].reduce(events[..<cut].reduce(HallState.initial, evolve), evolve)
            XCTAssertEqual(once, again)
            XCTAssertEqual(once, halves)
        }
    }
}
