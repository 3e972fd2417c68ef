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

    /// 谁主管、谁处理: the form pre-fills the category's owner; another lead takes a reason.
    func testDispatchSuggestsTheCategorysOwnerAndTakesAReasonForAnother() throws {
        var pane = try coordinator()
        pane.facts.workOrderSettings?.categories = [WorkOrderCategory(code: "FWTD", name: "服务态度", major: false, owner: "营销部"),
                                                    WorkOrderCategory(code: "CD", name: "触电事故", major: true)]
        pane.press(.character("1"), .character("d"))
        XCTAssertTrue(pane.contains("“服务态度”由营销部主管，已预填"), pane.lines.joined(separator: "\n"))
        XCTAssertTrue(pane.contains("改派理由"), pane.lines.joined(separator: "\n"))
        XCTAssertEqual(pane.press(.function(2)),
                       .performWorkOrders([.dispatch(order: "GD000002", leadDepartment: "营销部", supportingDepartments: [])]))
        pane.press(.character("d"), .control("u"))
        pane.type("运检部")
        pane.press(.tab, .tab)
        pane.type("客户反映的是抢修人员")
        XCTAssertEqual(pane.press(.function(2)),
                       .performWorkOrders([.dispatch(order: "GD000002", leadDepartment: "运检部", supportingDepartments: [],
                                                     reason: "客户反映的是抢修人员")]))
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

/// What the coordinator's desk adds on top of the list: batch warnings, joint diagnosis,
/// and new orders whose area comes from the address.
final class CoordinatorEarlyWarningTests: XCTestCase {
    private func coordinator(_ desk: WorkOrderDesk) -> PaneDriver {
        var driver = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        driver.facts = desk.facts(WorkOrderDesk.coordinator)
        return driver
    }

    func testThreeOutagesInOneAreaRaiseABatchWarningThatLLinks() throws {
        var desk = try WorkOrderDesk.monday()
        for (minute, phone) in [("08:40", "13700000001"), ("08:55", "13700000002"), ("09:10", "13700000003")] {
            try desk.run(.receive(WorkOrderIntake(kind: .faultReport, source: .phone, category: "TD",
                                                  customer: WorkOrderDesk.customer("住户", phone: phone, address: "东平路", area: "东平"),
                                                  description: "停电")), at: "2026-11-23 \(minute)")
        }
        var pane = coordinator(desk)
        XCTAssertTrue(pane.contains("! 批量预警：东平 停电 3 张（GD000004、GD000005、GD000006），按 L 关联为批量"),
                      pane.lines.joined(separator: "\n"))
        pane.press(.character("L"))
        XCTAssertTrue(pane.contains("批量操作预览（2 张工单）"), pane.lines.joined(separator: "\n"))
        XCTAssertTrue(pane.contains("GD000004 与 GD000005 关联（批量）"), pane.lines.joined(separator: "\n"))
        XCTAssertEqual(pane.press(.character("y")), .performWorkOrders([
            .link(order: "GD000004", to: "GD000005", reason: .batch), .link(order: "GD000004", to: "GD000006", reason: .batch),
        ]))
    }

    func testLOnAHalfLinkedGroupLinksOnlyTheRest() throws {
        var desk = try WorkOrderDesk.monday()
        for (minute, phone) in [("08:40", "13700000001"), ("08:55", "13700000002"), ("09:10", "13700000003")] {
            try desk.run(.receive(WorkOrderIntake(kind: .faultReport, source: .phone, category: "TD",
                                                  customer: WorkOrderDesk.customer("住户", phone: phone, address: "东平路", area: "东平"),
                                                  description: "停电")), at: "2026-11-23 \(minute)")
        }
        try desk.run(.link(order: "GD000004", to: "GD000005", reason: .batch), at: "2026-11-23 09:15")
        var pane = coordinator(desk)
        XCTAssertTrue(pane.contains("! 批量预警：东平 停电 3 张（GD000004、GD000005、GD000006），按 L 关联为批量"),
                      pane.lines.joined(separator: "\n"))
        let rest = WorkOrderCommand.link(order: "GD000004", to: "GD000006", reason: .batch)
        XCTAssertEqual(pane.press(.character("L")), .performWorkOrders([rest]), "the link already made is not asked for again")

        try desk.run(rest, at: "2026-11-23 09:20")
        let linked = coordinator(desk)
        XCTAssertFalse(linked.contains("批量预警"), linked.lines.joined(separator: "\n"))
    }

    func testAJointDiagnosisInvitationAndTheDepartmentsFinding() throws {
        var desk = try WorkOrderDesk.monday()
        var pane = coordinator(desk)
        pane.press(.character("h"))
        pane.type("营销部、运检部")
        pane.press(.tab)
        pane.type("是否需更换计量装置")
        let invite = WorkOrderCommand.inviteJointDiagnosis(order: "GD000001", departments: ["营销部", "运检部"], question: "是否需更换计量装置")
        XCTAssertEqual(pane.press(.function(2)), .performWorkOrders([invite]))
        try desk.run(invite, at: "2026-11-23 09:35")

        var operations = PaneDriver(ConsoleModel(start: .department, department: "运检部"), state: desk.state)
        operations.facts = desk.facts(WorkOrderDesk.operations)
        XCTAssertTrue(operations.contains("GD000001"), "an invited department sees the order it is asked about")
        operations.press(.character("i"))
        operations.type("表计运行正常，无需更换")
        XCTAssertEqual(operations.press(.enter), .performWorkOrders([.recordFinding(order: "GD000001", finding: "表计运行正常，无需更换")]))

        var detail = coordinator(desk)
        detail.press(.enter)
        XCTAssertTrue(detail.contains("联合会诊"), detail.lines.joined(separator: "\n"))
        XCTAssertTrue(detail.contains("运检部：未答复"))
    }

    func testANewOrderTakesItsAreaFromTheAddress() throws {
        var pane = coordinator(try WorkOrderDesk.monday())
        pane.press(.character("N"))
        pane.press(.tab)
        pane.type("FWTD")
        for text in ["", "何伯", "13500001111", "", "乐从镇水藤村 12 号"] {
            pane.press(.tab)
            pane.type(text)
        }
        for _ in 0..<4 { pane.press(.tab) }
        pane.type("抄表员态度差")
        guard case .performWorkOrders(let commands) = pane.press(.function(2)), case .receive(let intake)? = commands.first else {
            return XCTFail("no receive command: \(pane.lines.joined(separator: "\n"))")
        }
        XCTAssertEqual(intake.customer.area, "水藤")
        XCTAssertEqual(intake.customer.areaType, .rural)
        XCTAssertEqual(intake.source, .phone)
        XCTAssertEqual(intake.description, "抄表员态度差")
    }

    func testAnUnreadableNewOrderKeepsTheFormAndSaysWhy() throws {
        var pane = coordinator(try WorkOrderDesk.monday())
        pane.press(.character("N"))
        pane.press(.control("u"))
        pane.type("抱怨")
        XCTAssertEqual(pane.press(.function(2)), .keepGoing)
        XCTAssertTrue(pane.contains("类别“抱怨”不认识"), pane.lines.joined(separator: "\n"))
        XCTAssertTrue(pane.contains("受理新工单"), "the form stays open with what was typed")
    }
}

final class WorkOrderSettingsMissingTests: XCTestCase {
    func testAPaneWithoutSettingsSaysWhyInsteadOfListing() throws {
        var pane = PaneDriver(ConsoleModel(start: .coordinator), state: try WorkOrderDesk.monday().state)
        pane.facts.workOrderSettingsProblem = "配置文件 deadlines.toml 有误：complaint 的 reply 不是时限。请改正该文件后重试。"
        XCTAssertTrue(pane.contains("工单设置未能载入，工单窗格暂不能用：配置文件 deadlines.toml 有误"), pane.lines.joined(separator: "\n"))
        XCTAssertEqual(pane.role(of: "工单设置未能载入"), .error)
        XCTAssertEqual(pane.press(.character("d")), .keepGoing, "no keys act without settings")
    }
}

final class CoordinatorLongListTests: XCTestCase {
    func testFortyOpenOrdersScrollToTheSelectedOne() throws {
        var desk = try WorkOrderDesk.monday()
        for index in 4...40 {
            try desk.run(.receive(WorkOrderIntake(kind: .complaint, source: .phone, category: "FWTD",
                                                  customer: WorkOrderDesk.customer("客户\(index)", phone: "1390000\(1000 + index)",
                                                                                   address: "乐从镇", area: "片区\(index)"),
                                                  description: "第 \(index) 张")), at: "2026-11-23 09:\(String(format: "%02d", index))")
        }
        var pane = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        pane.facts = desk.facts(WorkOrderDesk.coordinator)
        XCTAssertTrue(pane.contains("8全部 40"), pane.lines.joined(separator: "\n"))
        XCTAssertFalse(pane.contains("GD000040"), "received last, due last: below the fold")
        pane.press(.end)
        XCTAssertTrue(pane.contains("GD000040"), pane.lines.joined(separator: "\n"))
        XCTAssertEqual(pane.role(of: "举报·触电事故"), .selected, "GD000003 has no deadline in these settings, so it sorts last")
        XCTAssertEqual(pane.role(of: "GD000040"), .normal)
        XCTAssertFalse(pane.contains("GD000001"), "the overdue order at the top has scrolled away")
    }
}

final class CoordinatorCasesTests: XCTestCase {
    func testOpenImprovementCasesStayInSightUntilDone() throws {
        var desk = try WorkOrderDesk.monday()
        try desk.run(.openCase(ImprovementCaseDraft(rootCause: "营业员未按规范解释电费", action: "电费解释话术培训", ownerDepartment: "营销部",
                                                    dueDay: "2026-11-23", orders: ["GD000001"])), at: "2026-11-20 10:00")
        var pane = PaneDriver(ConsoleModel(start: .coordinator), state: desk.state)
        pane.facts = desk.facts(WorkOrderDesk.coordinator)
        XCTAssertTrue(pane.contains("改进案例在办 1 件：GJ0001 电费解释话术培训（营销部，2026-11-23 到期）"), pane.lines.joined(separator: "\n"))
        XCTAssertEqual(pane.role(of: "改进案例在办"), .normal, "due today is not overdue yet")
        pane.facts.now = WorkOrderDesk.shanghai("2026-11-24 09:00")
        XCTAssertTrue(pane.contains("改进案例在办 1 件（逾期 1）"), pane.lines.joined(separator: "\n"))
        XCTAssertEqual(pane.role(of: "改进案例在办"), .overdue)
    }
}
