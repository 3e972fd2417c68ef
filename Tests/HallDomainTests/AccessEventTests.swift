import XCTest
@testable import HallDomain

/// Access events survive the log, and the PIN lockout and staff switch follow from them.
final class AccessEventTests: XCTestCase {
    static let everyEvent: [AccessEvent] = [
        .actionDenied(ActionDenied(action: "dispatchOrder", roles: ["clerk"], reason: "营业员不能派单：派单由客户问题解决协调员办理")),
        .staffSwitched(StaffSwitched(to: "G02")),
        .pinRejected(PinRejected(member: "G02", failures: 2)),
        .pinSet(PinSet(member: "G02")),
        .unmaskedExported(UnmaskedExported(export: "order list --json")),
        .rosterChanged(RosterChanged(sha256: String(repeating: "a", count: 64), added: [RosterEntry(id: "M02", roles: ["manager"], department: nil, login: "m2")],
                                     removed: ["G02"], changed: [RosterEntry(id: "C01", roles: ["clerk", "coordinator"], department: nil, login: "c1")])),
    ]

    func testEveryAccessEventRoundTripsAtVersionOne() throws {
        var types = Set<String>()
        for event in Self.everyEvent {
            let encoded = EventCodec.encode(.access(event))
            XCTAssertEqual(encoded.version, 1)
            types.insert(encoded.type)
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), .access(event), encoded.type)
        }
        XCTAssertEqual(types.count, Self.everyEvent.count, "each event has its own type")
    }

    func testADenialNamesNoPinAndNoHash() {
        let body = String(decoding: EventCodec.encode(.access(.pinSet(PinSet(member: "G02")))).body, as: UTF8.self)
        XCTAssertEqual(body, #"{"member":"G02"}"#)
    }

    private let start = HallFixture.shanghai("2026-11-23 09:00")

    /// A log being written at the door terminal.
    private struct Door {
        var state = HallState.initial

        mutating func record(_ events: [Event], at time: Date) {
            for event in events {
                state.evolve(by: RecordedEvent(seq: state.lastSeq + 1, timestamp: "", time: time, actor: "G02", terminal: "door-1", event: event))
            }
        }
    }

    func testThreeWrongPinsLockForThirtySecondsThenDoubling() throws {
        var test = Door()
        let guide = HallFixture.guide
        for failure in 1...3 {
            let events = try decideSwitch(to: guide, check: .wrong, state: test.state, now: start)
            XCTAssertEqual(events, [.access(.pinRejected(PinRejected(member: "G01", failures: failure)))])
            test.record(events, at: start)
        }
        XCTAssertThrowsError(try decideSwitch(to: guide, check: .matches, state: test.state, now: start.addingTimeInterval(29))) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .pinLockedOut)
            XCTAssertEqual((error as? HallRefusal)?.message.contains("请 1 秒后再试"), true, (error as? HallRefusal)?.message ?? "")
        }
        let fourth = try decideSwitch(to: guide, check: .wrong, state: test.state, now: start.addingTimeInterval(30))
        test.record(fourth, at: start.addingTimeInterval(30))
        XCTAssertEqual(PinLockout.remaining(after: test.state.pinFailures["G01"], now: start.addingTimeInterval(30)), 60)
        let good = try decideSwitch(to: guide, check: .matches, state: test.state, now: start.addingTimeInterval(90))
        test.record(good, at: start.addingTimeInterval(90))
        XCTAssertNil(test.state.pinFailures["G01"], "a good PIN starts the count again")
        XCTAssertEqual(test.state.switchedStaff, ["door-1": "G01"])
    }

    func testAMemberWithoutAPinCannotSwitchIn() {
        XCTAssertThrowsError(try decideSwitch(to: HallFixture.clerk1, check: .notSet, state: .initial, now: start)) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .pinNotSet)
        }
    }

    func testAnOutdatedPinIsRefusedWithWhatToDoAndDoesNotCountAsAWrongOne() {
        XCTAssertThrowsError(try decideSwitch(to: HallFixture.clerk1, check: .outdated, state: .initial, now: start)) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .pinOutdated)
            XCTAssertEqual((error as? HallRefusal)?.message.contains("halldesk staff set-pin \(HallFixture.clerk1.id)"), true)
        }
    }

    func testTheLockoutIsCappedAtADay() {
        XCTAssertEqual(PinLockout.remaining(after: PinFailures(count: 500, last: start), now: start), PinLockout.longestWait)
        XCTAssertEqual(PinLockout.remaining(after: PinFailures(count: 2, last: start), now: start), 0)
    }
}
