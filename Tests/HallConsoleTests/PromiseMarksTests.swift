import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// 阶段回复 and 被投诉人 on the panes: the department's `p` records an interim reply with its
/// promised time; a promise whose time passed unanswered is marked 「约」 in the list and
/// counted on the coordinator's desk; the coordinator's `t` records who a complaint is about.
final class PromiseMarksTests: XCTestCase {
    /// GD000001 a complaint 营销部 accepted and promised, on Friday, an answer by 17:00 that
    /// day; GD000002 imported with no content under the platform's 催办. Drawn at 09:41 on
    /// Monday 11-23: the promise has lapsed.
    private func desk() throws -> WorkOrderDesk {
        var desk = WorkOrderDesk()
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                              customer: WorkOrderDesk.customer("林美玲", phone: "13800138000", address: "乐从镇东平路 8 号", area: "东平"),
                                              description: "营业员态度生硬", hotlineNumber: "95598-1")), at: "2026-11-19 09:00")
        try desk.run(.dispatch(order: "GD000001", leadDepartment: "营销部", supportingDepartments: []), at: "2026-11-19 09:30")
        try desk.run(.accept(order: "GD000001"), at: "2026-11-19 10:00", by: WorkOrderDesk.marketing)
        try desk.run(.interimReply(order: "GD000001", promisedAt: "2026-11-20 17:00", note: "正在调取录像"), at: "2026-11-20 10:00",
                     by: WorkOrderDesk.marketing)
        try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .hotline95598, category: "FWTD",
                                              customer: WorkOrderDesk.customer("黄小姐", phone: "13702800003", address: "乐从镇水藤村 1 号", area: "水藤"),
                                              description: "", hotlineNumber: "95598-2", reportedKind: "催办")), at: "2026-11-23 09:05")
        return desk
    }

    private func pane(_ start: PaneID, _ member: StaffMember) throws -> PaneDriver {
        let desk = try desk()
        var driver = PaneDriver(ConsoleModel(start: start, department: member.handledDepartment), state: desk.state)
        driver.facts = desk.facts(member)
        return driver
    }

    func testTheCoordinatorsDeskCountsAndMarksTheMissedPromise() throws {
        assertSnapshot(try pane(.coordinator, WorkOrderDesk.coordinator).render(size: Size(width: 100, height: 12)), """
        """)
    }

    func testTheDetailSaysWhatWasPromisedAndWhatIsMissing() throws {
        var coordinator = try pane(.coordinator, WorkOrderDesk.coordinator)
        coordinator.press(.character(":"))
        coordinator.type("1")
        coordinator.press(.enter)
        XCTAssertTrue(coordinator.contains("阶段回复  承诺 2026-11-20 17:00 前再答复，已失约：正在调取录像"), coordinator.lines.joined(separator: "\n"))
        var other = try pane(.coordinator, WorkOrderDesk.coordinator)
        other.press(.character(":"))
        other.type("2")
        other.press(.enter)
        XCTAssertTrue(other.contains("诉求  （诉求内容为空，请在首次联系时向客户问明）"), other.lines.joined(separator: "\n"))
        XCTAssertTrue(other.contains("业务类型待核（客服中心：催办），按投诉的时限受理"), other.lines.joined(separator: "\n"))
    }

    func testPInTheDepartmentPaneRecordsAnInterimReply() throws {
        var department = try pane(.department, WorkOrderDesk.marketing)
        department.press(.character("p"))
        assertSnapshot(department.render(size: Size(width: 100, height: 16)), """
        """)
        department.type("2026-11-24 12:00")
        department.press(.tab)
        department.type("录像已调出，明天中午前答复")
        XCTAssertEqual(department.press(.enter), .performWorkOrders([.interimReply(order: "GD000001", promisedAt: "2026-11-24 12:00",
                                                                                   note: "录像已调出，明天中午前答复")]))
    }

    func testTInTheCoordinatorPaneRecordsWhoTheComplaintIsAbout() throws {
        var coordinator = try pane(.coordinator, WorkOrderDesk.coordinator)
        coordinator.press(.character(":"))
        coordinator.type("1")
        coordinator.press(.enter, .escape)
        coordinator.press(.character("t"))
        XCTAssertTrue(coordinator.contains("被投诉人的工号或姓名（此人将不得处理或答复本单）"), coordinator.lines.joined(separator: "\n"))
        coordinator.type("D01")
        XCTAssertEqual(coordinator.press(.enter), .performWorkOrders([.recordComplainedAbout(order: "GD000001", person: "D01")]))
    }
}
