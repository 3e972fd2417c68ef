import HallConsole
import HallDomain
import HallSession
import HallStore
import TermUI
import XCTest

/// A department handler's desk: only the department's own orders, and the keys that
/// accept, record contact, reply from the template and ask to return.
final class DepartmentPaneTests: XCTestCase {
    private func department(_ member: StaffMember) throws -> PaneDriver {
        let desk = try WorkOrderDesk.monday()
        var driver = PaneDriver(ConsoleModel(start: .department, department: member.handledDepartment), state: desk.state)
        driver.facts = desk.facts(member)
        return driver
    }

    func testAHandlerSeesOnlyTheirDepartmentsOrders() throws {
        let marketing = try department(WorkOrderDesk.marketing)
        XCTAssertTrue(marketing.contains("营销部：待办 1 张，待接单 1 张，超期 1 张"), marketing.lines.joined(separator: "\n"))
        XCTAssertTrue(marketing.contains("GD000001"))
        XCTAssertFalse(marketing.contains("GD000002"), "not dispatched to anyone yet")
        let operations = try department(WorkOrderDesk.operations)
        XCTAssertTrue(operations.contains("本部门没有待办工单"))
        XCTAssertFalse(ConsoleModel(start: .department).panes.contains(.department), "no department, no pane")
    }

    /// The console a department handler opens (through the session, as `halldesk console`
    /// does) has no 工单协调 pane: asked for it, it opens on 首页, and Tab never reaches it.
    func testADepartmentLoginHasNoCoordinatorPane() throws {
        let folder = try makeTemporaryFolder(self)
        let files = try HallFiles(folder: DataFolder.create(at: folder.appendingPathComponent("data"), seeds: Checkout.seeds, practice: true))
        let handler = try XCTUnwrap(files.roster.member(id: "D01"))
        var driver = PaneDriver(FuzzMorning.session(files, handler).model(start: .coordinator, counter: nil))
        driver.facts = Fixtures.facts(member: handler)
        XCTAssertEqual(driver.model.pane, .home, "asked for 工单协调, opened on 首页")
        XCTAssertEqual(driver.model.panes, [.home, .guide, .department, .manager, .reports, .eventLog])
        XCTAssertTrue(driver.contains("部门工单"), driver.lines.joined(separator: "\n"))
        XCTAssertFalse(driver.contains("工单协调"), driver.lines.joined(separator: "\n"))
        var visited: Set<PaneID> = []
        for _ in driver.model.panes {
            driver.press(.tab)
            visited.insert(driver.model.pane)
        }
        XCTAssertFalse(visited.contains(.coordinator))

        let coordinator = try XCTUnwrap(files.roster.member(id: "K01"))
        XCTAssertEqual(FuzzMorning.session(files, coordinator).model(start: .coordinator, counter: nil).pane, .coordinator)
    }

    /// A handler switched in (F4) at a terminal opened with 工单协调 finds it empty of orders.
    func testAHandlerSwitchedInAtTheCoordinatorsTerminalSeesNoOrdersThere() throws {
        let desk = try WorkOrderDesk.monday()
        var driver = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        driver.facts = desk.facts(WorkOrderDesk.operations)
        XCTAssertTrue(driver.contains("只供协调员、所长等可查看全部工单的人员使用"), driver.lines.joined(separator: "\n"))
        XCTAssertFalse(driver.contains("GD000001"))
        XCTAssertEqual(driver.press(.character("d")), .keepGoing)
        XCTAssertEqual(driver.press(.character("N")), .keepGoing)
    }

    func testAcceptContactAndReturnBecomeCommands() throws {
        var pane = try department(WorkOrderDesk.marketing)
        XCTAssertEqual(pane.press(.character("a")), .performWorkOrders([.accept(order: "GD000001")]))
        pane.press(.character("c"))
        pane.press(.control("u"))
        pane.type("上门")
        pane.press(.tab)
        pane.type("已上门向客户致歉")
        XCTAssertEqual(pane.press(.enter), .performWorkOrders([.firstContact(order: "GD000001", onSite: true, note: "已上门向客户致歉")]))
        pane.press(.character("b"))
        XCTAssertTrue(pane.contains("1 地址有误  2 分类有误  3 不属本部门"), pane.lines.joined(separator: "\n"))
        pane.type("7")
        pane.press(.tab)
        pane.type("应属运检部")
        XCTAssertEqual(pane.press(.enter), .keepGoing)
        XCTAssertTrue(pane.contains("回退原因请写 1、2 或 3"), "a wrong reason code keeps the form open and says why")
        pane.press(.up)
        pane.press(.backspace)
        pane.type("3")
        XCTAssertEqual(pane.press(.function(2)),
                       .performWorkOrders([.returnOrder(order: "GD000001", reason: .wrongOwner, note: "应属运检部")]))
    }

    func testTheReplyFormStartsFilledAndRefusalsComeBackAsMessages() throws {
        var pane = try department(WorkOrderDesk.marketing)
        pane.press(.character("r"))
        XCTAssertTrue(pane.contains("答复 GD000001"), pane.lines.joined(separator: "\n"))
        XCTAssertTrue(pane.contains("2026-11-23 09:41"), "handling time starts at now")
        XCTAssertTrue(pane.contains("麦国栋"), "the handler is the one at the terminal")
        pane.press(.escape)
        pane.model.record(.refused("答复缺少：客户反馈。请补齐后再提交"))
        XCTAssertEqual(pane.role(of: "答复缺少：客户反馈"), .error)
    }
}

final class DepartmentReplyTemplateTests: XCTestCase {
    func testTheReplyFormStartsFromTheCategorysTemplate() throws {
        let desk = try WorkOrderDesk.monday()
        var pane = PaneDriver(ConsoleModel(start: .department, department: "营销部"), state: desk.state)
        pane.facts = desk.facts(WorkOrderDesk.marketing)
        pane.press(.character("r"))
        XCTAssertTrue(pane.contains("向林美玲当面致歉并说明情况"), pane.lines.joined(separator: "\n"))
        XCTAssertTrue(pane.contains("客户接受道歉"))
    }
}
