import XCTest
@testable import HallDomain

/// 赔偿: a customer's television burnt out when the neutral broke on the transformer's
/// line. Given a compensation category, when the department replies finding the utility at
/// fault, then the cause of the damage is required and kept; the month its reply is accepted
/// counts it by cause (seed 000, 3.2).
final class CompensationTests: XCTestCase {
    private let cause = "台区零线断线致过电压"

    private func story() -> WorkOrderStory {
        var story = WorkOrderStory()
        story.settings.categories.append(WorkOrderCategory(code: "PC", name: "赔偿", major: false, owner: "营销部", compensation: true))
        return story
    }

    private func acceptedCompensation(_ story: inout WorkOrderStory, hotline: String = "95598-20260930-0009") throws -> String {
        var intake = WorkOrderFixture.complaint
        intake.category = "PC"
        intake.hotlineNumber = hotline
        intake.description = "停电恢复后电视机烧坏，要求赔偿"
        let number = try story.receive(intake)
        try story.run(.dispatch(order: number, leadDepartment: "营销部", supportingDepartments: []))
        try story.run(.accept(order: number), by: WorkOrderFixture.marketing1)
        try story.run(.firstContact(order: number, onSite: true, note: "上门查看电视机"), by: WorkOrderFixture.marketing1)
        return number
    }

    private func reply(atFault: Bool, cause: String?) -> WorkOrderReply {
        var reply = WorkOrderFixture.completeReply
        reply.utilityAtFault = atFault
        reply.responsiblePerson = atFault ? "陈志强" : nil
        reply.faultCause = cause
        return reply
    }

    func testAnAtFaultCompensationReplyMustSayWhatCausedTheDamage() throws {
        var story = story()
        let number = try acceptedCompensation(&story)
        story.at("2026-10-08 11:00")
        do {
            try story.run(.reply(order: number, reply(atFault: true, cause: " ")), by: WorkOrderFixture.marketing1)
            XCTFail("no cause")
        } catch {
            XCTAssertEqual(error.code, .replyIncomplete)
            XCTAssertTrue(error.message.hasPrefix("答复缺少：损坏原因。"), error.message)
        }
        let events = try story.run(.reply(order: number, reply(atFault: true, cause: " \(cause) ")), by: WorkOrderFixture.marketing1)
        XCTAssertEqual(events, [.workOrder(.replied(WorkOrderReplied(order: number, reply: reply(atFault: true, cause: cause))))])
        XCTAssertEqual(story.order(number).reply?.faultCause, cause)
    }

    func testNoCauseIsKeptWhereNoneIsCounted() throws {
        var story = story()
        let notAtFault = try acceptedCompensation(&story)
        story.at("2026-10-08 11:00")
        try story.run(.reply(order: notAtFault, reply(atFault: false, cause: "客户自家线路老化")), by: WorkOrderFixture.marketing1)
        XCTAssertNil(story.order(notAtFault).reply?.faultCause, "not at fault: no compensation cause to count")

        let ordinary = try story.acceptedComplaint()
        try story.run(.firstContact(order: ordinary, onSite: false, note: "电话致歉"), by: WorkOrderFixture.marketing1)
        var answer = reply(atFault: true, cause: cause)
        answer.handledAt = "2026-10-08 11:00"
        try story.run(.reply(order: ordinary, answer), by: WorkOrderFixture.marketing1)
        XCTAssertNil(story.order(ordinary).reply?.faultCause, "服务态度 is no compensation")
    }

    func testTheMonthCountsAtFaultCompensationsByCause() throws {
        var story = story()
        var log = ReportStory()
        /// Runs the command in the story and writes what it decided into the report's log.
        func run(_ command: WorkOrderCommand, by actor: StaffMember = WorkOrderFixture.marketing1, at time: String) throws {
            story.at(time)
            for event in try story.run(command, by: actor) { log.at(time, event, by: actor.id) }
        }
        let numbers = try (9...12).map { try acceptedCompensation(&story, hotline: "95598-20260930-00\($0)") }
        for number in numbers {
            log.at("2026-09-30 16:00", .workOrder(.received(WorkOrderReceived(
                order: number, kind: .complaint, source: .hotline95598, category: "PC", major: false, customer: WorkOrderFixture.customer,
                description: "电器烧坏", hotlineNumber: nil, firstContactDue: nil, arrivalDue: nil, replyDue: nil, categoryName: "赔偿"))))
            log.at("2026-09-30 16:10", .workOrder(.dispatched(WorkOrderDispatched(order: number, leadDepartment: "营销部", supportingDepartments: []))))
        }
        try run(.reply(order: numbers[0], reply(atFault: true, cause: cause)), at: "2026-10-08 11:00")
        try run(.reply(order: numbers[1], reply(atFault: true, cause: "抢修送电时相序接错")), at: "2026-10-08 11:00")
        try run(.reply(order: numbers[2], reply(atFault: true, cause: "抢修送电时相序接错")), at: "2026-10-08 11:00")
        try run(.reply(order: numbers[3], reply(atFault: false, cause: nil)), at: "2026-10-08 11:00")
        // The first reply is sent back; the second names the real cause and replaces it.
        try run(.review(order: numbers[0], accept: false, reason: "原因与现场不符"), by: WorkOrderFixture.coordinator, at: "2026-10-08 14:00")
        try run(.reply(order: numbers[0], reply(atFault: true, cause: "抢修送电时相序接错")), at: "2026-10-08 15:00")
        for number in numbers[0...1] + [numbers[3]] {
            try run(.review(order: number, accept: true, reason: nil), by: WorkOrderFixture.coordinator, at: "2026-10-30 10:00")
        }
        // Accepted in November: November's to count.
        try run(.review(order: numbers[2], accept: true, reason: nil), by: WorkOrderFixture.coordinator, at: "2026-11-02 10:00")

        let october = log.report(ReportPeriod.month(year: 2026, month: 10, zone: ReportStory.zone)!)
        XCTAssertEqual(october.workOrders.compensationCauses, [CountRow(label: "抢修送电时相序接错", count: 2)],
                       "in the month the reply was accepted; the first order's first cause was sent back; the order not at fault has none")
        XCTAssertEqual(log.report(ReportStory.november).workOrders.compensationCauses, [CountRow(label: "抢修送电时相序接错", count: 1)])
        XCTAssertEqual(log.report(ReportPeriod.month(year: 2026, month: 9, zone: ReportStory.zone)!).workOrders.compensationCauses, [])
        XCTAssertEqual(log.report(ReportStory.november, department: "营销部").workOrders.compensationCauses.map(\.count), [1])
        XCTAssertEqual(log.report(ReportStory.november, department: "计量班").workOrders.compensationCauses, [])
        let report = october
        let table = ReportTables(report: report, names: { _ in nil }).workOrders.first { $0.file == "compensation-causes" }
        XCTAssertEqual(table?.title, "有责损坏赔偿（按原因）")
        XCTAssertEqual(table?.header, ["损坏原因", "件数"])
        XCTAssertEqual(table?.rows, [["抢修送电时相序接错", "2"]])
    }
}
