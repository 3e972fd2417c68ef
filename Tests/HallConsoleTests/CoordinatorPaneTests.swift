import HallConsole
import HallDomain
import SnapshotAssert
import TermUI
import XCTest

/// The coordinator's desk on a Monday morning: sections, urgency, masking, the major
/// banner, and keys that become work-order commands.
final class CoordinatorPaneTests: XCTestCase {
    private func coordinator(as member: StaffMember = WorkOrderDesk.coordinator) throws -> PaneDriver {
        let desk = try WorkOrderDesk.monday()
        var driver = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        driver.facts = desk.facts(member)
        return driver
    }

    func testTheListPutsTheOverdueOrderFirstAndMasksPhones() throws {
        let pane = try coordinator()
        let text = pane.lines.joined(separator: "\n")
        XCTAssertTrue(pane.contains("1待派 2"), text)
        XCTAssertTrue(pane.contains("4超期 1"), text)
        XCTAssertTrue(pane.contains("8全部 3"), text)
        let first = try XCTUnwrap(pane.lines.firstIndex { $0.contains("GD000001") })
        let second = try XCTUnwrap(pane.lines.firstIndex { $0.contains("GD000002") })
        XCTAssertLessThan(first, second, "overdue before due soon")
        XCTAssertTrue(pane.lines[first].contains("!    GD000001 首次联系超期 1工作日"), pane.lines[first])
        XCTAssertTrue(pane.lines[second].contains("首次联系剩 19分"), pane.lines[second])
        XCTAssertTrue(pane.contains("138****8000"))
        XCTAssertFalse(pane.contains("13800138000"), "a list never shows a whole phone number")
        XCTAssertEqual(pane.role(of: "GD000002"), .warning, "due soon")
    }

    func testAMajorOrderStaysOnScreenUntilAcknowledged() throws {
        var pane = try coordinator()
        XCTAssertTrue(pane.contains("! 重大工单待确认 1 张：GD000003 触电事故"), pane.lines.joined(separator: "\n"))
        XCTAssertEqual(pane.role(of: "! 重大工单"), .major)
        XCTAssertEqual(pane.press(.character("a")), .performWorkOrders([.acknowledgeMajor(order: "GD000003")]),
                       "a acknowledges the waiting major order even when another is selected")
        var manager = PaneDriver(ConsoleModel(start: .manager), state: pane.state)
        manager.facts = pane.facts
        XCTAssertTrue(manager.contains("重大工单待确认 1 张"), "the manager sees it too")
    }

    func testDispatchAsksForTheDepartmentsAndSendsTheCommand() throws {
        var pane = try coordinator()
        pane.press(.character("1"))
        XCTAssertTrue(pane.contains("[1待派 2]"), pane.lines.joined(separator: "\n"))
        pane.press(.character("d"))
        XCTAssertTrue(pane.contains("派单 GD000002"), pane.lines.joined(separator: "\n"))
        XCTAssertTrue(pane.contains("部门：营销部、运检部"))
        pane.type("营销部")
        pane.press(.tab)
        pane.type("运检部")
        XCTAssertEqual(pane.press(.function(2)),
                       .performWorkOrders([.dispatch(order: "GD000002", leadDepartment: "营销部", supportingDepartments: ["运检部"])]))
    }

    func testMarkedOrdersArePushedTogetherAfterAPreview() throws {
        var pane = try coordinator()
        pane.press(.character("v"), .character("v"))
        XCTAssertTrue(pane.contains("已标记 2 张"), pane.lines.joined(separator: "\n"))
        pane.press(.character("p"))
        pane.type("请今天联系客户")
        XCTAssertEqual(pane.press(.enter), .keepGoing, "two orders: preview first")
        XCTAssertTrue(pane.contains("批量操作预览（2 张工单）"), pane.lines.joined(separator: "\n"))
        XCTAssertTrue(pane.contains("GD000001 催办：请今天联系客户"))
        XCTAssertEqual(pane.press(.character("y")), .performWorkOrders([
            .push(order: "GD000001", level: .reminder, note: "请今天联系客户"),
            .push(order: "GD000002", level: .reminder, note: "请今天联系客户"),
        ]))
    }

    func testTheDetailExplainsTheDueDateAndShowsThePhoneOnlyToThoseWhoCall() throws {
        var pane = try coordinator()
        pane.press(.character(":"))
        pane.type("1")
        pane.press(.enter)
        let text = pane.lines.joined(separator: "\n")
        XCTAssertTrue(pane.contains("首次联系：11-20 09:00 到期"), text)
        XCTAssertTrue(pane.contains("为何此时：11月19日 周四 09:00 收到"), text)
        XCTAssertTrue(pane.contains("电话 13800138000"), "the coordinator calls the customer back")
        XCTAssertTrue(pane.contains("派单：") || pane.contains("营销部"), text)

        var clerkView = try coordinator(as: Fixtures.clerk)
        clerkView.press(.character(":"))
        clerkView.type("GD000001")
        clerkView.press(.enter)
        XCTAssertTrue(clerkView.contains("电话 138****8000"), clerkView.lines.joined(separator: "\n"))
        XCTAssertFalse(clerkView.contains("13800138000"), "nor in the description or the timeline")
    }

    func testTheFilterNarrowsTheList() throws {
        var pane = try coordinator()
        pane.press(.character("/"))
        pane.type("水藤")
        pane.press(.enter)
        XCTAssertTrue(pane.contains("GD000002"))
        XCTAssertFalse(pane.contains("GD000001"))
        XCTAssertTrue(pane.contains("筛选：水藤"))
    }

    func testAFailedActionKeepsItsMessageOnScreen() throws {
        var pane = try coordinator()
        pane.model.record(.refused("工单 GD000001 当前为“待接单”，不能办结"))
        XCTAssertEqual(pane.role(of: "工单 GD000001 当前为"), .error)
    }
}
