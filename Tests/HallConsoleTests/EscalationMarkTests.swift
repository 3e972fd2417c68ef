import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// Orders escalated by time are marked 「↑」 and counted on the desk of whoever they went up
/// to: the lead department's head, the 所长 (manager panel), and the coordinator who sees
/// both; the mark goes when that person acknowledges it.
final class EscalationMarkTests: XCTestCase {
    static let head = StaffMember(id: "H01", name: "钟伟强", roles: [.department, .departmentHead], department: "营销部", login: "zhongwq")

    /// The Monday desk after a console recorded what time had made due at 09:41: GD000001,
    /// left unaccepted in 营销部 since Thursday, is past its warning point and its deadline.
    private func escalatedMonday() throws -> WorkOrderDesk {
        var desk = try WorkOrderDesk.monday()
        try desk.run(.escalateDue, at: "2026-11-23 09:41")
        return desk
    }

    private func pane(_ start: PaneID, _ member: StaffMember, _ desk: WorkOrderDesk) -> PaneDriver {
        var driver = PaneDriver(ConsoleModel(start: start, department: member.handledDepartment), state: desk.state)
        driver.facts = desk.facts(member)
        return driver
    }

    func testTheDepartmentHeadsDeskAt80x24() throws {
        var head = pane(.department, Self.head, try escalatedMonday())
        head.size = Size(width: 80, height: 24)
        assertSnapshot(head.render(), """
         营业厅导办台 │ 顺德供电局乐从营业厅                日志 0 条  2026-11-23 09:41
         首页   导引台   工单协调  [部门工单]  现场看板   报表   事件日志
        ┌─[部门工单]───────────────────────────────────────────────────────────────────┐
        │ 营销部：待办 1 张，待接单 1 张，超期 1 张                                    │
        │ ↑ 升级待部门负责人知悉 1 张：GD000001 营销部（按 k 确认已知悉）              │
        │      工单号   时限                       状态     类别            客户       │
        │ ↑!   GD000001 首次联系超期 1工作日       待接单   投诉·服务态度   林美玲     │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        │                                                                              │
        └──────────────────────────────────────────────────────────────────────────────┘
        F1/?帮助  q退出  Enter详情  a接单  c联系客户  n进展  p阶段回复  r答复  b申请回退
        i会诊意见  /筛选  k确认升级
        """)
    }

    func testTheHeadAcknowledgesWithKAndTheMarkGoes() throws {
        var desk = try escalatedMonday()
        var head = pane(.department, Self.head, desk)
        XCTAssertEqual(head.press(.character("k")), .performWorkOrders([.acknowledgeEscalation(order: "GD000001")]))
        try desk.run(.acknowledgeEscalation(order: "GD000001"), at: "2026-11-23 09:45", by: Self.head)
        let after = pane(.department, Self.head, desk)
        XCTAssertFalse(after.contains("↑"), after.lines.joined(separator: "\n"))
        let coordinator = pane(.coordinator, WorkOrderDesk.coordinator, desk)
        XCTAssertTrue(coordinator.contains("↑ 升级待供电所所长知悉 1 张：GD000001 营销部"), coordinator.lines.joined(separator: "\n"))
    }

    func testAHandlerSeesTheMarkButIsToldItIsTheHeadsToAcknowledge() throws {
        let handler = pane(.department, WorkOrderDesk.marketing, try escalatedMonday())
        XCTAssertTrue(handler.contains("↑ 升级待部门负责人知悉 1 张：GD000001 营销部（待本部门负责人确认）"), handler.lines.joined(separator: "\n"))
    }

    func testTheCoordinatorCountsBothLevelsAndTheManagerPanelItsOwn() throws {
        let desk = try escalatedMonday()
        let coordinator = pane(.coordinator, WorkOrderDesk.coordinator, desk)
        XCTAssertTrue(coordinator.contains("↑ 升级待部门负责人知悉 1 张、待供电所所长知悉 1 张：GD000001 营销部"),
                      coordinator.lines.joined(separator: "\n"))
        XCTAssertTrue(coordinator.lines.contains { $0.contains("↑!") && $0.contains("GD000001") }, "marked in the list")
        let manager = pane(.manager, Fixtures.manager, desk)
        XCTAssertTrue(manager.contains("↑ 升级待供电所所长知悉 1 张：GD000001 营销部（工单协调窗格按 k 确认）"), manager.lines.joined(separator: "\n"))
        var managerDesk = pane(.coordinator, Fixtures.manager, desk)
        XCTAssertEqual(managerDesk.press(.character("k")), .performWorkOrders([.acknowledgeEscalation(order: "GD000001")]))
    }
}

final class DepartmentHeadPaneTests: XCTestCase {
    func testAHeadWhoHandlesNothingStillHasTheDepartmentPane() {
        let head = StaffMember(id: "H09", name: "负责人", roles: [.departmentHead], department: "营销部", login: nil)
        XCTAssertEqual(head.handledDepartment, "营销部")
        XCTAssertTrue(ConsoleModel(start: .department, department: head.handledDepartment).panes.contains(.department))
    }
}
