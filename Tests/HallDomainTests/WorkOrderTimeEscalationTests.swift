import XCTest
@testable import HallDomain

/// Escalation by time: nobody pushes, the clock moves, and the order climbs 经办人 →
/// 部门负责人 → 供电所所长 once per step. The complaint is received 2026-09-30 16:00; its first
/// contact falls due on 10-08 16:00 (after the National Day week), so with 3.5 working
/// hours of warning it turns 临期 at 10-08 10:30 (1.5 h before noon, 2 h after 14:00).
final class WorkOrderTimeEscalationTests: XCTestCase {
    private func escalations(_ events: [Event]) -> [WorkOrderEscalated] {
        events.compactMap { if case .workOrder(.escalated(let body)) = $0 { body } else { nil } }
    }

    func testADispatchedOrderEscalatesToTheDepartmentHeadAtTheWarningPointOnce() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 10:29")
        XCTAssertEqual(try story.run(.escalateDue), [], "3 h 31 min of working time left: not yet 临期")
        story.at("2026-10-08 10:30")
        XCTAssertEqual(escalations(try story.run(.escalateDue)),
                       [WorkOrderEscalated(order: number, level: .departmentHead, reason: .warningPoint, deadline: .firstContact)])
        XCTAssertEqual(story.order(number).escalation, .departmentHead)
        story.at("2026-10-08 11:00")
        XCTAssertEqual(try story.run(.escalateDue), [], "not twice")
    }

    func testAtTheDeadlineItEscalatesToTheStationHeadOnce() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 10:30")
        try story.run(.escalateDue)
        story.at("2026-10-08 16:00")
        XCTAssertEqual(try story.run(.escalateDue), [], "due at 16:00 is not yet past it")
        story.at("2026-10-08 16:01")
        XCTAssertEqual(escalations(try story.run(.escalateDue)),
                       [WorkOrderEscalated(order: number, level: .stationHead, reason: .deadlinePassed, deadline: .firstContact)])
        story.at("2026-10-13 17:00")
        XCTAssertEqual(try story.run(.escalateDue), [], "the reply running late too finds nowhere higher to go")
        XCTAssertEqual(story.order(number).escalation, .stationHead)
    }

    func testAHallWithNoConsoleOpenAllDayRecordsBothStepsAtOnce() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-09 08:00")
        XCTAssertEqual(escalations(try story.run(.escalateDue)).map(\.level), [.departmentHead, .stationHead])
        XCTAssertEqual(story.state.workOrders.escalationsDue(at: story.now, settings: story.settings), [])
        XCTAssertEqual(story.order(number).history.suffix(2).map(\.actor), ["K01", "K01"])
    }

    func testAContactInTimeStopsTheFirstContactClockButTheReplyClockStillRuns() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        try story.run(.firstContact(order: number, onSite: false, note: "电话联系客户"), by: WorkOrderFixture.marketing1)
        story.at("2026-10-08 17:00")
        XCTAssertEqual(try story.run(.escalateDue), [])
        // The reply is due 10-13 16:00; 3.5 working hours before it is 10-13 10:30.
        story.at("2026-10-13 10:30")
        XCTAssertEqual(escalations(try story.run(.escalateDue)),
                       [WorkOrderEscalated(order: number, level: .departmentHead, reason: .warningPoint, deadline: .reply)])
    }

    func testAnOrderAlreadyPushedUpOrNotYetWithADepartmentDoesNotClimbByTime() throws {
        var story = WorkOrderStory()
        let pushed = try story.acceptedComplaint()
        story.at("2026-10-08 09:00")
        for _ in 1...3 { try story.run(.push(order: pushed, level: .supervision, note: "")) }
        var another = WorkOrderFixture.complaint
        another.hotlineNumber = "95598-20261008-0002"
        let waiting = try story.receive(another)
        story.at("2026-10-08 11:00")
        XCTAssertEqual(try story.run(.escalateDue), [], "pushed to 部门负责人 already; the other is still 待派")
        XCTAssertEqual(story.order(waiting).escalation, nil)
    }

    func testALadderConfiguredWithoutAWarningStepGoesStraightToTheStationHeadAtTheDeadline() throws {
        var story = WorkOrderStory()
        story.settings.escalation = EscalationRule(atWarning: nil, atDeadline: .stationHead)
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 11:00")
        XCTAssertEqual(try story.run(.escalateDue), [])
        story.at("2026-10-08 16:01")
        XCTAssertEqual(escalations(try story.run(.escalateDue)).map(\.level), [.stationHead])
        XCTAssertEqual(story.order(number).escalation, .stationHead)
    }

    func testTheDepartmentHeadAcknowledgesAndTheMarkGoes() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 10:30")
        try story.run(.escalateDue)
        XCTAssertEqual(story.state.workOrders.awaitingAcknowledgement(at: .departmentHead, department: "营销部").map(\.number), [number])
        XCTAssertEqual(story.state.workOrders.awaitingAcknowledgement(at: .departmentHead, department: "计量班"), [])
        XCTAssertEqual(story.refusal(.acknowledgeEscalation(order: number), by: WorkOrderFixture.marketing1), .notPermitted,
                       "a handler is not the head")
        XCTAssertEqual(story.refusal(.acknowledgeEscalation(order: number), by: WorkOrderFixture.meteringHead), .notPermitted,
                       "another department's head")
        XCTAssertEqual(story.refusal(.acknowledgeEscalation(order: number), by: HallFixture.manager), .notAwaitingAcknowledgement,
                       "it went to 部门负责人, not yet to the 所长")
        XCTAssertEqual(try story.run(.acknowledgeEscalation(order: number), by: WorkOrderFixture.marketingHead),
                       [.workOrder(.escalationAcknowledged(EscalationAcknowledged(order: number, level: .departmentHead)))])
        XCTAssertFalse(story.order(number).awaitsAcknowledgement(at: .departmentHead))
        XCTAssertEqual(story.state.workOrders.awaitingAcknowledgement(at: .departmentHead), [])
        XCTAssertEqual(story.refusal(.acknowledgeEscalation(order: number), by: WorkOrderFixture.marketingHead),
                       .notAwaitingAcknowledgement)
    }

    func testTheStationHeadAcknowledgesTheDeadlineStepAndTheHeadsMarkStaysUntilTheirs() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        story.at("2026-10-08 16:30")
        try story.run(.escalateDue)
        try story.run(.acknowledgeEscalation(order: number), by: HallFixture.manager)
        XCTAssertFalse(story.order(number).awaitsAcknowledgement(at: .stationHead))
        XCTAssertTrue(story.order(number).awaitsAcknowledgement(at: .departmentHead))
    }

    func testAMajorOrderIsAcknowledgedAsMajorNotAsAnEscalation() throws {
        var story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.markedMajor = true
        let number = try story.receive(intake)
        XCTAssertFalse(story.order(number).awaitsAcknowledgement(at: .stationHead))
        XCTAssertEqual(story.refusal(.acknowledgeEscalation(order: number), by: HallFixture.manager), .notAwaitingAcknowledgement)
    }

    func testAnyRoleMayRecordWhatTimeMadeDue() throws {
        var story = WorkOrderStory()
        _ = try story.acceptedComplaint()
        story.at("2026-10-08 10:30")
        XCTAssertEqual(escalations(try story.run(.escalateDue, by: HallFixture.guide)).count, 1)
    }

    func testAnEscalationRecordedBeforeTimeEscalatedReadsAsBefore() throws {
        let old = Data(#"{"level":"departmentHead","order":"GD000001","reason":"repeatedPush"}"#.utf8)
        let event = try EventCodec.decode(type: "workOrderEscalated", version: 1, body: old)
        XCTAssertEqual(event, .workOrder(.escalated(WorkOrderEscalated(order: "GD000001", level: .departmentHead, reason: .repeatedPush))))
        XCTAssertEqual(EventCodec.encode(event).body, old, "written back byte for byte")
        XCTAssertEqual(WorkOrderEscalated(order: "GD000001", level: .stationHead, reason: .deadlinePassed, deadline: .reply).summary,
                       "升级至供电所所长：答复超过时限")
    }
}
