import XCTest
@testable import HallDomain

/// 协办: a supporting department does part of the work, so it notes its progress and records
/// its finding on the order without a separate joint-diagnosis invitation; it still does
/// not accept, contact, reply or return — that is the lead's (主办).
final class SupportingDepartmentTests: XCTestCase {
    /// A complaint led by 营销部 (accepted by D01) with 运检部 supporting.
    private func supported() throws -> (WorkOrderStory, String) {
        var story = WorkOrderStory()
        let number = try story.receive()
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: ["运检部"]))
        try story.run(.accept(order: number), by: WorkOrderFixture.marketing1)
        return (story, number)
    }

    func testASupportingDepartmentNotesProgress() throws {
        var (story, number) = try supported()
        let events = try story.run(.progressNote(order: number, note: "已核查台区线路，无异常"), by: WorkOrderFixture.operations)
        XCTAssertEqual(events, [.workOrder(.progressNoted(WorkOrderProgressNoted(order: number, note: "已核查台区线路，无异常")))])
        XCTAssertEqual(story.order(number).history.last?.actor, "D03")
    }

    func testASupportingDepartmentRecordsAFindingWithoutAnInvitation() throws {
        var (story, number) = try supported()
        XCTAssertTrue(story.order(number).invitedDepartments.isEmpty)
        try story.run(.recordFinding(order: number, finding: "线路正常，电压合格"), by: WorkOrderFixture.operations)
        XCTAssertEqual(story.order(number).findings, ["运检部": "线路正常，电压合格"])
    }

    func testADepartmentWithNoPartMayNeitherNoteNorFind() throws {
        let (story, number) = try supported()
        XCTAssertEqual(story.refusal(.progressNote(order: number, note: "看过了"), by: WorkOrderFixture.metering), .notPermitted)
        XCTAssertEqual(story.refusal(.recordFinding(order: number, finding: "合格"), by: WorkOrderFixture.metering), .notPermitted)
    }

    func testTheLeadsOwnStepsStayTheLeads() throws {
        let (story, number) = try supported()
        XCTAssertEqual(story.refusal(.firstContact(order: number, onSite: false, note: "已电话联系"), by: WorkOrderFixture.operations),
                       .notPermitted)
        XCTAssertEqual(story.refusal(.reply(order: number, WorkOrderFixture.completeReply), by: WorkOrderFixture.operations), .notPermitted)
        XCTAssertEqual(story.refusal(.returnOrder(order: number, reason: .wrongOwner, note: "非本部门"), by: WorkOrderFixture.operations),
                       .notPermitted)
        XCTAssertNil(story.refusal(.progressNote(order: number, note: "已联系客户"), by: WorkOrderFixture.marketing1), "the lead notes as before")
    }
}
