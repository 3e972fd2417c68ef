import XCTest
@testable import HallDomain

/// 谁主管、谁处理: each category names its owning department. Given a category owned by 营销部,
/// when the dispatcher sends it to 营销部 nothing more is asked; when to another lead, the
/// dispatch is refused without a reason and records the reason with it.
final class CategoryOwnerTests: XCTestCase {
    private func story() -> WorkOrderStory {
        var story = WorkOrderStory()
        story.settings.categories = [WorkOrderCategory(code: "FWTD", name: "服务态度", major: false, owner: "营销部"),
                                     WorkOrderCategory(code: "JB", name: "举报", major: true)]
        return story
    }

    func testTheOwnerIsWhatDispatchSuggests() throws {
        var story = story()
        let number = try story.receive()
        XCTAssertEqual(story.settings.owner(of: story.order(number)), "营销部")
        let events = try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        XCTAssertEqual(events, [.workOrder(.dispatched(WorkOrderDispatched(order: number, leadDepartment: "营销部", supportingDepartments: [])))])
    }

    func testAnotherLeadNeedsAReasonAndItIsRecorded() throws {
        var story = story()
        let number = try story.receive()
        XCTAssertEqual(story.refusal(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: [])), .dispatchReasonMissing)
        XCTAssertEqual(story.refusal(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: [], reason: "  ")),
                       .dispatchReasonMissing)
        do {
            try story.run(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: []))
            XCTFail("another lead without a reason")
        } catch {
            XCTAssertEqual(error.message, "“服务态度”由营销部主管；改派运检部主办须写明理由（如现场核实属运检部业务），或派给营销部")
        }
        let events = try story.run(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: ["营销部"],
                                             reason: "抢修人员态度问题，由运检部处理"))
        guard case .workOrder(.dispatched(let body)) = events.first else { return XCTFail("\(events)") }
        XCTAssertEqual(body.reason, "抢修人员态度问题，由运检部处理")
        XCTAssertEqual(story.order(number).history.last?.event.body.summary,
                       "派单：主办 运检部，协办 营销部（非主管部门主办，理由：抢修人员态度问题，由运检部处理）")
    }

    func testAReasonForTheOwnerItselfIsNotKept() throws {
        var story = story()
        let number = try story.receive()
        let events = try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: [], reason: "顺手写的"))
        guard case .workOrder(.dispatched(let body)) = events.first else { return XCTFail("\(events)") }
        XCTAssertNil(body.reason)
    }

    func testACategoryWithoutAnOwnerGoesWhereTheDispatcherSays() throws {
        var story = story()
        var intake = WorkOrderFixture.complaint
        intake.category = "JB"
        let number = try story.receive(intake)
        XCTAssertNil(story.settings.owner(of: story.order(number)))
        XCTAssertNoThrow(try story.run(.dispatch(order: number, leadDepartment: "运检部", supportingDepartments: [])))
    }

    /// A dispatch logged before owners were recorded has no `reason` key: it decodes as
    /// version 1 without one and is written back byte for byte.
    func testAnOldDispatchReplaysUnchanged() throws {
        let old = Data(#"{"leadDepartment":"营销部","order":"GD000001","supportingDepartments":["运检部"]}"#.utf8)
        let event = try EventCodec.decode(type: "workOrderDispatched", version: 1, body: old)
        XCTAssertEqual(event, .workOrder(.dispatched(WorkOrderDispatched(order: "GD000001", leadDepartment: "营销部",
                                                                         supportingDepartments: ["运检部"]))))
        XCTAssertEqual(EventCodec.encode(event).body, old)
    }
}
