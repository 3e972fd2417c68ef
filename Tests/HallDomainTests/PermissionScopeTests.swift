import XCTest
@testable import HallDomain

/// The scopes of the matrix: a role with the grant is still refused outside its reach.
final class PermissionScopeTests: XCTestCase {
    private func refusal(_ command: HallCommand, by actor: StaffMember, in state: HallState) -> HallRefusal? {
        do {
            _ = try decide(command, state: state, catalog: PermissionMatrixTests.catalog, actor: actor, now: PermissionMatrixTests.now)
            return nil
        } catch { return error }
    }

    private func refusal(_ command: WorkOrderCommand, by actor: StaffMember, in state: HallState) -> HallRefusal? {
        do {
            _ = try decide(command, state: state, catalog: PermissionMatrixTests.catalog, settings: WorkOrderFixture.settings,
                           actor: actor, now: PermissionMatrixTests.now)
            return nil
        } catch { return error }
    }

    func testAClerkActsOnlyAtTheCounterTheyOpened() throws {
        let state = try PermissionMatrixTests.hall()
        let other = HallFixture.clerk2
        for command: HallCommand in [.callNext(counter: 1), .recall(counter: 1), .markNoShow(counter: 1), .startService(counter: 1),
                                     .finishService(counter: 1), .pauseCounter(counter: 1, reason: "午休"), .closeCounter(counter: 1),
                                     .transfer(slip: "A001", toQueue: "B")] {
            let refused = refusal(command, by: other, in: state)
            XCTAssertEqual(refused?.code, .notPermitted, "\(command)")
            XCTAssertEqual(refused?.message.hasPrefix("营业员只能在本人开放的窗口操作：1 号窗口由 X01 开放"), true, refused?.message ?? "")
        }
        XCTAssertEqual(refusal(.callNext(counter: 2), by: other, in: state)?.code, .counterClosed, "a counter nobody holds: open it first")
        XCTAssertEqual(refusal(.transfer(slip: "A002", toQueue: "B"), by: HallFixture.guide, in: state), nil, "a waiting slip is at no counter")
    }

    func testAManagerIssuesASlipOnlyAsTheOverrideTheyApprove() throws {
        let state = try PermissionMatrixTests.hall()
        let slip = { (approver: String) -> HallCommand in
            .issueSlip(businessType: "DF", customerKind: .residential, presented: [], priority: nil,
                       override: ChecklistOverride(approvedBy: approver, reason: "原件随后送到"), phone: nil)
        }
        XCTAssertNil(refusal(slip("M01"), by: HallFixture.manager, in: state))
        XCTAssertEqual(refusal(slip("X01"), by: HallFixture.manager, in: state)?.code, .notPermitted)
        let plain = HallCommand.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"], priority: nil, override: nil, phone: nil)
        XCTAssertEqual(refusal(plain, by: HallFixture.manager, in: state)?.message,
                       "所长/值班经理只能发放本人批准例外放行的号：资料齐全的客户请由导引员发号")
    }

    func testADepartmentHandlesOnlyItsOwnOrders() throws {
        let state = try PermissionMatrixTests.hall()
        let refused = refusal(.accept(order: "GD000001"), by: WorkOrderFixture.operations, in: state)
        XCTAssertEqual(refused?.code, .notPermitted)
        XCTAssertEqual(refused?.message, "专业部门经办人只能办理本部门主办的工单：工单 GD000001 由营销部主办，请由该部门经办人办理")
        XCTAssertEqual(refusal(.recordFinding(order: "GD000001", finding: "正常"), by: WorkOrderFixture.metering, in: state)?.code, .notPermitted)
        XCTAssertEqual(refusal(.recordCaseProgress(case: "GJ0001", note: "进展"), by: WorkOrderFixture.operations, in: state)?.code, .notPermitted)
        XCTAssertNil(refusal(.accept(order: "GD000001"), by: WorkOrderFixture.marketing2, in: state))
        XCTAssertEqual(refusal(.accept(order: "GD000009"), by: WorkOrderFixture.operations, in: state)?.code, .unknownWorkOrder,
                       "an order the book does not hold is the order rules' to name")
    }

    /// GD000001 is led by 营销部, which is also invited: 运检部 and 计量班 have no part in it until
    /// it is dispatched again with them supporting.
    func testADepartmentSeesNotesAndFindsOnlyOnOrdersItHasAPartIn() throws {
        var state = try PermissionMatrixTests.hall()
        let outsiders = [WorkOrderFixture.operations, WorkOrderFixture.metering]
        for outsider in outsiders {
            XCTAssertThrowsError(try OrderSight(viewer: outsider, book: state.workOrders, roster: PermissionMatrixTests.catalog.roster)
                .check("GD000001"), outsider.id)
            XCTAssertEqual(refusal(.progressNote(order: "GD000001", note: "进展"), by: outsider, in: state)?.message,
                           "专业部门经办人只能为本部门主办或协办的工单记录进展：工单 GD000001 由营销部主办，营销部受邀会诊，请由这些部门的经办人或协调员办理")
        }
        let coordinator = WorkOrderFixture.coordinator, now = PermissionMatrixTests.now
        for command: WorkOrderCommand in [.recall(order: "GD000001", reason: nil),
                                          .dispatch(order: "GD000001", leadDepartment: "营销部", supportingDepartments: outsiders.compactMap(\.department))] {
            state.fold(try decide(command, state: state, catalog: PermissionMatrixTests.catalog, settings: WorkOrderFixture.settings,
                                  actor: coordinator, now: now), by: coordinator.id, terminal: "t", at: now, timestamp: "")
        }
        for helper in outsiders {
            XCTAssertNoThrow(try OrderSight(viewer: helper, book: state.workOrders, roster: PermissionMatrixTests.catalog.roster)
                .check("GD000001"), helper.id)
            XCTAssertNotEqual(refusal(.recordFinding(order: "GD000001", finding: "正常"), by: helper, in: state)?.code, .notPermitted, helper.id)
            XCTAssertEqual(refusal(.accept(order: "GD000001"), by: helper, in: state)?.code, .notPermitted, "协办 does not accept: \(helper.id)")
        }
    }

    func testAPinIsSetByItsOwnerOrAnAdmin() throws {
        let state = try PermissionMatrixTests.hall()
        let admin = StaffMember(id: "A01", name: "管理员", roles: [.admin], department: nil, login: "root")
        let catalog = PermissionMatrixTests.catalog
        XCTAssertNoThrow(try decideSetPin(for: HallFixture.guide, state: state, catalog: catalog, actor: HallFixture.guide))
        XCTAssertNoThrow(try decideSetPin(for: HallFixture.guide, state: state, catalog: catalog, actor: admin))
        XCTAssertThrowsError(try decideSetPin(for: HallFixture.guide, state: state, catalog: catalog, actor: HallFixture.manager)) { error in
            XCTAssertEqual((error as? HallRefusal)?.message, "所长/值班经理只能设置本人的 PIN：他人的 PIN 请由系统管理员设置")
        }
    }
}
