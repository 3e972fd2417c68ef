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
        .actedOnBehalf(ActedOnBehalf(admin: "A01", member: "M01")),
        .staffSwitched(StaffSwitched(to: "G02", session: LoginSession(boot: "b1", id: 4242, leaderStart: 90_000),
                                     bootTime: BootTime(boot: "b1", seconds: 1_200))),
        .pinRejected(PinRejected(member: "G02", failures: 3, bootTime: BootTime(boot: "b1", seconds: 1_230))),
    ]

    func testEveryAccessEventRoundTripsAtVersionOne() throws {
        var types = Set<String>()
        for event in Self.everyEvent {
            let encoded = EventCodec.encode(.access(event))
            XCTAssertEqual(encoded.version, 1)
            types.insert(encoded.type)
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), .access(event), encoded.type)
        }
        XCTAssertEqual(types.count, 7, "each event has its own type")
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
            state.fold(events, by: "G02", terminal: "door-1", at: time, timestamp: "")
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
        XCTAssertEqual(test.state.switchIns["door-1"]?.member, "G01")
    }

    func testARecordWithoutTheNewFieldsReadsAsBeforeAndIsWrittenTheSame() throws {
        let old = try EventCodec.decode(type: "staffSwitched", version: 1, body: Data(#"{"to":"G02"}"#.utf8))
        XCTAssertEqual(old, .access(.staffSwitched(StaffSwitched(to: "G02"))))
        XCTAssertEqual(String(decoding: EventCodec.encode(.access(.pinRejected(PinRejected(member: "G02", failures: 1)))).body, as: UTF8.self),
                       #"{"failures":1,"member":"G02"}"#)
    }

    /// Given three wrong PINs at 09:00 (machine clock 1000 s since boot), when the wall
    /// clock says two minutes later but the machine's own clock only 5 s, then still locked.
    func testMovingTheWallClockAheadDoesNotSkipTheLockout() throws {
        var test = Door()
        let machine = BootTime(boot: "b1", seconds: 1_000)
        for _ in 1...3 {
            test.record(try decideSwitch(to: HallFixture.guide, check: .wrong, state: test.state, now: start, bootTime: machine), at: start)
        }
        let soon = BootTime(boot: "b1", seconds: 1_005)
        XCTAssertThrowsError(try decideSwitch(to: HallFixture.guide, check: .matches, state: test.state,
                                              now: start.addingTimeInterval(120), bootTime: soon)) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .pinLockedOut)
            XCTAssertEqual((error as? HallRefusal)?.message.contains("请 25 秒后再试"), true, (error as? HallRefusal)?.message ?? "")
        }
        let later = BootTime(boot: "b1", seconds: 1_031)
        XCTAssertNoThrow(try decideSwitch(to: HallFixture.guide, check: .matches, state: test.state, now: start.addingTimeInterval(120), bootTime: later))
        XCTAssertEqual(PinLockout.remaining(after: test.state.pinFailures["G01"], now: start.addingTimeInterval(-600), bootTime: later), 630,
                       "a wall clock moved back does not shorten it either")
    }

    /// A switch-in holds in its own login session only, and lapses on either clock.
    func testASwitchInHoldsInItsSessionUntilItLapses() throws {
        var test = Door()
        let session = LoginSession(boot: "b1", id: 4242, leaderStart: 90_000)
        let machine = BootTime(boot: "b1", seconds: 1_000)
        test.record(try decideSwitch(to: HallFixture.guide, check: .matches, state: test.state, now: start, session: session, bootTime: machine), at: start)
        let switchIn = try XCTUnwrap(test.state.switchIns["door-1"])
        let hour: TimeInterval = 3600
        XCTAssertTrue(switchIn.holds(in: session, now: start.addingTimeInterval(60), bootTime: BootTime(boot: "b1", seconds: 1_060), lasting: hour))
        let sameIDLater = LoginSession(boot: "b1", id: 4242, leaderStart: 95_000)
        XCTAssertFalse(switchIn.holds(in: sameIDLater, now: start, bootTime: machine, lasting: hour), "a later session given the same id")
        XCTAssertFalse(switchIn.holds(in: nil, now: start, bootTime: machine, lasting: hour), "no terminal")
        XCTAssertFalse(switchIn.holds(in: session, now: start.addingTimeInterval(hour), bootTime: machine, lasting: hour), "lapsed by the records' clock")
        XCTAssertFalse(switchIn.holds(in: session, now: start, bootTime: BootTime(boot: "b1", seconds: 1_000 + hour), lasting: hour),
                       "lapsed by the machine's clock, the wall clock held back")
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
