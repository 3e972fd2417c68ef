import XCTest
@testable import HallDomain

/// What the coordinator settles about an order just taken in: a category for one that came
/// in 待归类 (the call centre's name matched nothing), and the dispatcher above for one of
/// another station's territory (属地管理). Each is one command and one event.
final class WorkOrderIntakeSettlingTests: XCTestCase {
    private var unclassified: WorkOrderIntake {
        var intake = WorkOrderFixture.complaint
        intake.category = WorkOrderCategory.unclassified.code
        intake.reportedCategory = "新能源充电设施"
        return intake
    }

    private var elsewhere: WorkOrderIntake {
        var intake = WorkOrderFixture.complaint
        intake.hotlineNumber = "95598-20260930-0099"
        intake.customer.area = "龙洞村"
        intake.customer.station = "龙洞供电所"
        return intake
    }

    func testAnUnknownCategoryIsReceivedAsUnclassifiedWithTheCallCentresName() throws {
        var story = WorkOrderStory()
        let number = try story.receive(unclassified)
        let order = story.order(number)
        XCTAssertTrue(order.awaitsClassification)
        XCTAssertEqual(order.categoryName, "待归类")
        XCTAssertEqual(order.reportedCategory, "新能源充电设施")
        XCTAssertEqual(order.history.first?.event.body.summary,
                       "受理：投诉·待归类（95598 工单 95598-20260930-0001），客服中心分类“新能源充电设施”")
        XCTAssertEqual(order.status, .awaitingDispatch, "taken in all the same: the complaint is not left outside")
    }

    func testClassifyingGivesTheOrderACategoryOnceAndRecordsWhoDidIt() throws {
        var story = WorkOrderStory()
        let number = try story.receive(unclassified)
        story.at("2026-09-30 16:20")
        XCTAssertEqual(story.refusal(.classify(order: number, category: "XYZ")), .unknownCategory)
        XCTAssertEqual(story.refusal(.classify(order: number, category: "DGL")), .unknownCategory, "待归类 is no category to choose")
        XCTAssertEqual(story.refusal(.classify(order: number, category: "TD"), by: WorkOrderFixture.marketing1), .notPermitted)
        let events = try story.run(.classify(order: number, category: "td"))
        XCTAssertEqual(events, [.workOrder(.classified(WorkOrderClassified(order: number, category: "TD", categoryName: "停电", major: false)))])
        let order = story.order(number)
        XCTAssertFalse(order.awaitsClassification)
        XCTAssertEqual(order.category, "TD")
        XCTAssertEqual(order.history.last?.actor, WorkOrderFixture.coordinator.id)
        XCTAssertEqual(order.history.last?.event.body.summary, "归类：停电")
        XCTAssertEqual(story.refusal(.classify(order: number, category: "FWTD")), .notAwaitingClassification)
    }

    /// The category decides the owner, the deadlines and the batch warnings: an order still
    /// 待归类 is classified before anyone sends it out.
    func testAnOrderAwaitingClassificationIsNotDispatchedUntilClassified() throws {
        var story = WorkOrderStory()
        let number = try story.receive(unclassified)
        story.at("2026-09-30 16:20")
        XCTAssertEqual(story.refusal(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: [], reason: "x")),
                       .awaitingClassification)
        XCTAssertEqual(story.order(number).status, .awaitingDispatch)
        try story.run(.classify(order: number, category: "FWTD"))
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        XCTAssertEqual(story.order(number).status, .dispatched)
    }

    func testClassifiedIntoAMajorCategoryTheOrderGoesUpAsAtReceipt() throws {
        var story = WorkOrderStory()
        let number = try story.receive(unclassified)
        let events = try story.run(.classify(order: number, category: "CD"))
        XCTAssertEqual(events.last, .workOrder(.escalated(WorkOrderEscalated(order: number, level: .stationHead, reason: .major))))
        XCTAssertTrue(story.order(number).major)
        XCTAssertTrue(story.order(number).awaitsMajorAcknowledgement)
    }

    func testAClassifiedOrderIsRefusedAndAnOrderOfTheHallsOwnStationCannotGoUp() throws {
        var story = WorkOrderStory()
        let ours = try story.receive()
        XCTAssertEqual(story.refusal(.classify(order: ours, category: "TD")), .notAwaitingClassification)
        XCTAssertEqual(story.refusal(.returnToDispatcher(order: ours, note: "")), .notOutsideStation)
    }

    func testAnOrderOfAnotherStationGoesBackToTheDispatcherAboveAndLeavesTheHallsWork() throws {
        var story = WorkOrderStory()
        let number = try story.receive(elsewhere)
        XCTAssertTrue(story.order(number).isOutside(station: WorkOrderFixture.catalog.hall.station))
        XCTAssertEqual(story.refusal(.returnToDispatcher(order: number, note: ""), by: WorkOrderFixture.marketing1), .notPermitted)
        story.at("2026-09-30 16:30")
        let events = try story.run(.returnToDispatcher(order: number, note: "地址属龙洞"))
        XCTAssertEqual(events, [.workOrder(.returnedToDispatcher(WorkOrderReturnedToDispatcher(order: number, station: "龙洞供电所",
                                                                                               note: "地址属龙洞")))])
        let order = story.order(number)
        XCTAssertEqual(order.status, .returnedToDispatcher)
        XCTAssertFalse(order.status.isOpen)
        XCTAssertEqual(order.history.last?.event.body.summary, "非本所属地，退回上级派单（属 龙洞供电所）：地址属龙洞")
        XCTAssertNil(order.standing(at: story.now, settings: story.settings), "no deadline of the hall's runs on it")
        let sections = WorkOrderStandings(book: story.state.workOrders, settings: story.settings, now: story.now).counts
        XCTAssertEqual(sections[.awaitingDispatch], 0)
        XCTAssertEqual(sections[.overdue], 0)
        XCTAssertEqual(story.refusal(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: [])), .workOrderWrongStatus)
        XCTAssertEqual(story.refusal(.returnToDispatcher(order: number, note: "")), .workOrderWrongStatus, "sent once")
    }

    func testADispatchedOrderOfAnotherStationIsRecalledBeforeItGoesUp() throws {
        var story = WorkOrderStory()
        let number = try story.receive(elsewhere)
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        XCTAssertEqual(story.refusal(.returnToDispatcher(order: number, note: "")), .workOrderWrongStatus)
        try story.run(.recall(order: number, reason: nil))
        XCTAssertNil(story.refusal(.returnToDispatcher(order: number, note: "")))
    }
}
