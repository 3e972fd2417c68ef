import XCTest
@testable import HallDomain

/// Issue 15, the guide that cannot misfire: a second paper of a slip is on the record, and
/// 所长特批 at the guide's terminal takes the manager's PIN, checked and counted as F4 换人.
final class GuideReprintAndApprovalStoryTests: XCTestCase {
    private let override = ChecklistOverride(approvedBy: "M01", reason: "产权证明原件由家属半小时内送到")
    private var overrideSlip: HallCommand {
        .issueSlip(businessType: "JMXZ", customerKind: .residential, presented: ["身份证"], priority: nil, override: override, phone: nil)
    }

    func testAReprintIsRecordedAndLeavesTheSlipsPlace() throws {
        var hall = HallStory()
        try hall.issue(HallFixture.payment)
        try hall.issue(HallFixture.residentialNew)
        let before = hall.state.today.slips
        XCTAssertEqual(try hall.run(.reprintSlip(slip: nil)), [.slipReprinted(SlipReprinted(businessDay: "2026-11-23", slip: "B001"))],
                       "without a number: the slip issued last")
        XCTAssertEqual(try hall.run(.reprintSlip(slip: "A001")), [.slipReprinted(SlipReprinted(businessDay: "2026-11-23", slip: "A001"))])
        XCTAssertEqual(hall.state.today.slips, before, "a second paper changes nothing in the queue")
        XCTAssertEqual(hall.log.last?.actor, "G01", "the log knows who printed it")
    }

    func testNothingToReprintAndNoReprintOfAFinishedNumber() throws {
        var hall = HallStory()
        XCTAssertEqual(hall.refusal(.reprintSlip(slip: nil)), .nothingToReprint)
        XCTAssertEqual(hall.refusal(.reprintSlip(slip: "A009")), .unknownSlip)
        try hall.issue(HallFixture.payment)
        try hall.run(.openCounter(counter: 1), by: HallFixture.clerk1)
        try hall.run(.callNext(counter: 1), by: HallFixture.clerk1)
        try hall.run(.startService(counter: 1), by: HallFixture.clerk1)
        try hall.run(.finishService(counter: 1), by: HallFixture.clerk1)
        XCTAssertEqual(hall.refusal(.reprintSlip(slip: "A001")), .slipNotActive)
        XCTAssertEqual(hall.refusal(.reprintSlip(slip: "A001"), by: HallFixture.clerk1), .notPermitted, "the guide's desk prints slips")
    }

    func testAReprintSurvivesTheCodec() throws {
        let event = Event.slipReprinted(SlipReprinted(businessDay: "2026-11-23", slip: "C001"))
        let encoded = EventCodec.encode(event)
        XCTAssertEqual(encoded.type, "slipReprinted")
        XCTAssertEqual(encoded.version, 1)
        XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event)
    }

    func testTheManagersRightPinIssuesTheSlipWithWhoApproved() throws {
        var hall = HallStory()
        let events = try decideApproved(by: HallFixture.manager, check: .matches, state: hall.state, now: hall.now) { () throws(HallRefusal) in
            try decide(overrideSlip, state: hall.state, catalog: hall.catalog, actor: HallFixture.guide, now: hall.now)
        }
        for event in events { hall.record(event) }
        XCTAssertEqual(hall.state.today.slip("B001")?.override?.approvedBy, "M01")
    }

    func testAWrongPinIssuesNothingAndCountsTowardsTheSameLockoutAsASwitch() throws {
        var hall = HallStory()
        func approve(_ check: PinCheck) throws(HallRefusal) -> [Event] {
            try decideApproved(by: HallFixture.manager, check: check, state: hall.state, now: hall.now) { () throws(HallRefusal) in
                try decide(overrideSlip, state: hall.state, catalog: hall.catalog, actor: HallFixture.guide, now: hall.now)
            }
        }
        XCTAssertEqual(try approve(.wrong), [.access(.pinRejected(PinRejected(member: "M01", failures: 1, bootTime: nil)))])
        for event in try approve(.wrong) { hall.record(event) }
        for event in try decideSwitch(to: HallFixture.manager, check: .wrong, state: hall.state, now: hall.now) { hall.record(event) }
        for event in try approve(.wrong) { hall.record(event) }
        XCTAssertEqual(hall.state.pinFailures["M01"]?.count, 3, "the approval's and the switch's wrong PINs count together")
        XCTAssertTrue(hall.state.today.slips.isEmpty, "no slip on a wrong PIN")
        XCTAssertThrowsError(try approve(.matches)) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .pinLockedOut, "locked out even with the right PIN, as at F4")
        }
    }

    /// Given two wrong PINs, when the manager then types the right one, the slip is issued
    /// and the count starts again: a later slip of the finger is the first, not the third.
    func testTheRightPinAfterWrongOnesStartsTheCountAgain() throws {
        var hall = HallStory()
        func approve(_ check: PinCheck) throws(HallRefusal) -> [Event] {
            try decideApproved(by: HallFixture.manager, check: check, state: hall.state, now: hall.now) { () throws(HallRefusal) in
                try decide(overrideSlip, state: hall.state, catalog: hall.catalog, actor: HallFixture.guide, now: hall.now)
            }
        }
        for event in try approve(.wrong) { hall.record(event) }
        for event in try approve(.wrong) { hall.record(event) }
        XCTAssertEqual(hall.state.pinFailures["M01"]?.count, 2)
        for event in try approve(.matches) { hall.record(event) }
        XCTAssertEqual(hall.state.today.slip("B001")?.override?.approvedBy, "M01")
        XCTAssertNil(hall.state.pinFailures["M01"], "the right PIN clears the failures, as at F4 换人")
        XCTAssertEqual(try approve(.wrong), [.access(.pinRejected(PinRejected(member: "M01", failures: 1, bootTime: nil)))])
    }

    func testAManagerWithoutAPinCannotApprove() {
        XCTAssertThrowsError(try decideApproved(by: HallFixture.manager, check: .notSet, state: .initial, now: HallStory().now) { () throws(HallRefusal) in [] }) { error in
            XCTAssertEqual((error as? HallRefusal)?.code, .pinNotSet)
            XCTAssertEqual((error as? HallRefusal)?.message, "M01 尚未设置 PIN，不能在共用终端特批。请本人或系统管理员用 halldesk staff set-pin 设置")
        }
    }

    func testTheRefusalForANonManagerReadsWithoutTheDoubledWord() {
        let hall = HallStory()
        do {
            _ = try decide(.issueSlip(businessType: "JMXZ", customerKind: .residential, presented: [], priority: nil,
                                      override: ChecklistOverride(approvedBy: "C01", reason: "熟客"), phone: nil),
                           state: hall.state, catalog: hall.catalog, actor: HallFixture.guide, now: hall.now)
            XCTFail("a clerk cannot approve")
        } catch {
            XCTAssertEqual(error.message, "例外放行须由值班经理批准，C01 不是经理，请经理确认")
        }
    }
}
