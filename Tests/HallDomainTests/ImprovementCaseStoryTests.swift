import XCTest
@testable import HallDomain

/// A coordinator finds one root cause behind several orders, opens a case with an action for
/// an owner department, and follows it until done.
final class ImprovementCaseStoryTests: XCTestCase {
    private let draft = ImprovementCaseDraft(rootCause: "新营业员未培训电价政策", action: "十月内完成阶梯电价培训并考核",
                                             ownerDepartment: "营销部", dueDay: "2026-10-31", orders: [])

    private func complaints(_ count: Int, _ story: inout WorkOrderStory) throws -> [String] {
        try (1...count).map { index in
            var intake = WorkOrderFixture.complaint
            intake.hotlineNumber = "95598-20260930-000\(index)"
            return try story.receive(intake)
        }
    }

    private func opened(_ story: inout WorkOrderStory, orders: [String]) throws -> String {
        var draft = draft
        draft.orders = orders
        guard case .workOrder(.improvementCaseOpened(let body)) = try story.run(.openCase(draft)).first else {
            fatalError("opening gave no case")
        }
        return body.caseNumber
    }

    func testACaseTakesInItsOrdersAndEachOrderShowsIt() throws {
        var story = WorkOrderStory()
        let orders = try complaints(2, &story)
        var draft = draft
        draft.orders = orders + [orders[0]]

        let events = try story.run(.openCase(draft))

        XCTAssertEqual(events, [.workOrder(.improvementCaseOpened(ImprovementCaseOpened(
            caseNumber: "GJ0001", rootCause: "新营业员未培训电价政策", action: "十月内完成阶梯电价培训并考核",
            ownerDepartment: "营销部", dueDay: "2026-10-31", orders: orders)))])
        let opened = try XCTUnwrap(story.state.workOrders.improvementCase("GJ0001"))
        XCTAssertEqual(opened.orders, orders)
        XCTAssertEqual(opened.status, .open)
        XCTAssertEqual(opened.openedBy, "K01")
        XCTAssertEqual(story.order(orders[1]).history.last?.event.body.summary,
                       "改进案例 GJ0001 立案：根因 新营业员未培训电价政策；措施 十月内完成阶梯电价培训并考核，营销部负责，2026-10-31 前完成")
        XCTAssertEqual(story.state.workOrders.explainedOrders, Set(orders))
    }

    func testMoreOrdersJoinAnOpenCaseOnce() throws {
        var story = WorkOrderStory()
        let orders = try complaints(3, &story)
        let number = try opened(&story, orders: [orders[0]])

        try story.run(.addToCase(case: number, orders: [orders[1], orders[2]]))

        XCTAssertEqual(story.state.workOrders.improvementCase(number)?.orders, orders)
        XCTAssertEqual(story.order(orders[2]).history.last?.event.body.summary, "GD000002、GD000003 列入改进案例 GJ0001")
        XCTAssertEqual(story.refusal(.addToCase(case: number, orders: [orders[1]])), .orderAlreadyInCase)
        XCTAssertEqual(story.refusal(.addToCase(case: number, orders: ["GD000404"])), .unknownWorkOrder)
        XCTAssertEqual(story.refusal(.addToCase(case: number, orders: [])), .caseOrdersMissing)
        XCTAssertEqual(story.refusal(.addToCase(case: "GJ0404", orders: [orders[0]])), .unknownImprovementCase)
    }

    func testTheOwnerDepartmentWritesProgressAndTheCoordinatorMarksItDone() throws {
        var story = WorkOrderStory()
        let number = try opened(&story, orders: try complaints(1, &story))
        story.at("2026-10-12 10:00")

        try story.run(.recordCaseProgress(case: number, note: "已培训 6 人，余 2 人"), by: WorkOrderFixture.marketing2)
        XCTAssertEqual(story.refusal(.recordCaseProgress(case: number, note: "代记"), by: WorkOrderFixture.operations),
                       .notPermitted)
        XCTAssertEqual(story.refusal(.finishCase(case: number, outcome: "培训完成"), by: WorkOrderFixture.marketing2),
                       .notPermitted)
        XCTAssertEqual(story.refusal(.finishCase(case: number, outcome: " ")), .improvementActionMissing)
        story.at("2026-10-20 15:00")
        let events = try story.run(.finishCase(case: number, outcome: "8 人全部培训并考核合格"), by: HallFixture.manager)

        XCTAssertEqual(events.map(\.workOrderSummary), ["改进案例 GJ0001 完成：8 人全部培训并考核合格"])
        let done = try XCTUnwrap(story.state.workOrders.improvementCase(number))
        XCTAssertEqual(done.progress, [ImprovementProgress(time: HallFixture.shanghai("2026-10-12 10:00"), actor: "D02",
                                                           note: "已培训 6 人，余 2 人")])
        XCTAssertEqual(done.status, .done)
        XCTAssertEqual(done.outcome, "8 人全部培训并考核合格")
        XCTAssertEqual(done.doneAt, HallFixture.shanghai("2026-10-20 15:00"))
        XCTAssertEqual(story.refusal(.recordCaseProgress(case: number, note: "补记")), .improvementCaseDone)
        XCTAssertEqual(story.refusal(.finishCase(case: number, outcome: "再次完成")), .improvementCaseDone)
    }

    func testACaseIsOverdueAfterItsDueDayUntilItIsDone() throws {
        var story = WorkOrderStory()
        let number = try opened(&story, orders: try complaints(1, &story))
        XCTAssertEqual(story.state.workOrders.overdueCases(today: "2026-10-31").map(\.number), [])
        XCTAssertEqual(story.state.workOrders.overdueCases(today: "2026-11-01").map(\.number), [number])
        try story.run(.finishCase(case: number, outcome: "培训完成"))
        XCTAssertEqual(story.state.workOrders.overdueCases(today: "2026-11-01").map(\.number), [])
    }

    func testOpeningRefusesWhatACaseCannotBeFollowedWithout() throws {
        var story = WorkOrderStory()
        let orders = try complaints(1, &story)
        func refusal(_ change: (inout ImprovementCaseDraft) -> Void, by actor: StaffMember = WorkOrderFixture.coordinator)
            -> HallRefusal.Code? {
            var draft = draft
            draft.orders = orders
            change(&draft)
            return story.refusal(.openCase(draft), by: actor)
        }
        XCTAssertEqual(refusal({ _ in }, by: WorkOrderFixture.marketing1), .notPermitted)
        XCTAssertNil(refusal({ _ in }, by: HallFixture.manager))
        XCTAssertEqual(refusal { $0.rootCause = "  " }, .rootCauseMissing)
        XCTAssertEqual(refusal { $0.action = "" }, .improvementActionMissing)
        XCTAssertEqual(refusal { $0.ownerDepartment = "宣传部" }, .unknownDepartment)
        XCTAssertEqual(refusal { $0.dueDay = "10月31日" }, .dueDayInvalid)
        XCTAssertEqual(refusal { $0.dueDay = "2026-02-30" }, .dueDayInvalid)
        XCTAssertEqual(refusal { $0.dueDay = "2026-09-29" }, .dueDayInvalid)
        XCTAssertNil(refusal { $0.dueDay = "2026-09-30" })
        XCTAssertEqual(refusal { $0.orders = [] }, .caseOrdersMissing)
        XCTAssertEqual(refusal { $0.orders = [orders[0], "GD000404"] }, .unknownWorkOrder)
    }

    func testRefusalsSayWhatToDo() throws {
        var story = WorkOrderStory()
        var draft = draft
        draft.orders = try complaints(1, &story)
        draft.dueDay = "2026-09-01"
        XCTAssertThrowsError(try decide(.openCase(draft), state: story.state, catalog: WorkOrderFixture.catalog,
                                        settings: story.settings, actor: WorkOrderFixture.coordinator, now: story.now)) { error in
            XCTAssertEqual((error as? HallRefusal)?.message, "完成期限 2026-09-01 已过（今天是 2026-09-30），请定一个今天或以后的日期")
        }
    }

    func testACaseEventForAMissingCaseIsCountedNotApplied() {
        let state = evolve(.initial, RecordedEvent(seq: 1, timestamp: "2026-10-08T09:00:00+08:00", time: Date(timeIntervalSince1970: 1_791_421_200), actor: "K01",
                                                   terminal: "tty2",
                                                   event: .workOrder(.improvementCaseDone(ImprovementCaseDone(caseNumber: "GJ0404",
                                                                                                              outcome: "完成")))))
        XCTAssertEqual(state.workOrders.unmatched, ["improvementCaseDone": 1])
        XCTAssertTrue(state.workOrders.cases.isEmpty)
    }
}

private extension Event {
    var workOrderSummary: String? {
        guard case .workOrder(let event) = self else { return nil }
        return event.body.summary
    }
}
