import XCTest
@testable import HallDomain

/// Every command × every role, decided on a hall where each scope is met: what the matrix
/// grants is never refused for permission, what it does not grant is always `.notPermitted`.
/// A new command must name its action (`access` is exhaustive) and the action must say who
/// may do it (`grants` is exhaustive); a new action without a sample here fails the walk.
final class PermissionMatrixTests: XCTestCase {
    /// One id for every role's stand-in, so "the counter they opened" and "the override they
    /// approved" are theirs whatever role they play; all belong to 营销部.
    static let id = "X01"
    static func member(_ roles: [Role]) -> StaffMember {
        StaffMember(id: id, name: "测试员", roles: roles, department: "营销部", login: nil)
    }

    static let catalog = WorkOrderFixture.catalog
    static let now = HallFixture.shanghai("2026-10-08 10:00")

    /// Counter 1 held by X01 with slip A001 in hand, A002 waiting; order GD000001 led by
    /// 营销部 with 营销部 invited to a joint diagnosis; case GJ0001 owned by 营销部.
    static func hall() throws -> HallState {
        var state = HallState.initial
        func run(_ events: [Event], by actor: String) {
            state.fold(events, by: actor, terminal: "t", at: now, timestamp: "")
        }
        let guide = HallFixture.guide, coordinator = WorkOrderFixture.coordinator, clerk = member([.clerk])
        for _ in 0..<2 {
            run(try decide(.issueSlip(businessType: "DF", customerKind: .residential, presented: ["户号"], priority: nil, override: nil, phone: nil),
                           state: state, catalog: catalog, actor: guide, now: now), by: guide.id)
        }
        run(try decide(.openCounter(counter: 1), state: state, catalog: catalog, actor: clerk, now: now), by: id)
        run(try decide(.callNext(counter: 1), state: state, catalog: catalog, actor: clerk, now: now), by: id)
        for command: WorkOrderCommand in [
            .receive(WorkOrderFixture.complaint),
            .dispatch(order: "GD000001", leadDepartment: "营销部", supportingDepartments: []),
            .inviteJointDiagnosis(order: "GD000001", departments: ["营销部"], question: "是否属实"),
            .openCase(ImprovementCaseDraft(rootCause: "未培训", action: "培训", ownerDepartment: "营销部", dueDay: "2026-12-31", orders: ["GD000001"])),
        ] {
            run(try decide(command, state: state, catalog: catalog, settings: WorkOrderFixture.settings, actor: coordinator, now: now),
                by: coordinator.id)
        }
        return state
    }

    static let hallCommands: [HallCommand] = [
        .answerAtDoor(businessType: "DF", customerKind: nil),
        .turnAway(businessType: "DF", customerKind: .residential, presented: [], phone: nil),
        .issueSlip(businessType: "DF", customerKind: .residential, presented: [], priority: nil,
                   override: ChecklistOverride(approvedBy: id, reason: "特批"), phone: nil),
        .markFormsPrefilled(slip: "A002"), .reprintSlip(slip: "A002"),
        .callNext(counter: 1), .recall(counter: 1), .markNoShow(counter: 1), .reinstate(slip: "A002"),
        .transfer(slip: "A001", toQueue: "B"), .startService(counter: 1), .finishService(counter: 1),
        .openCounter(counter: 2), .pauseCounter(counter: 1, reason: "午休"), .closeCounter(counter: 1),
        .queueNotices(peopleAhead: 3),
        .bookAppointment(AppointmentRequest(day: "2099-01-05", start: "09:00", end: nil, businessType: "DF", name: "梁秀英",
                                            phone: "13800138000", source: .phone)),
        .recordMissedAppointments,
    ]

    static let orderCommands: [WorkOrderCommand] = [
        .receive(WorkOrderFixture.complaint),
        .dispatch(order: "GD000001", leadDepartment: "营销部", supportingDepartments: []),
        .accept(order: "GD000001"),
        .firstContact(order: "GD000001", onSite: false, note: "已电话联系"),
        .progressNote(order: "GD000001", note: "进展"),
        .reply(order: "GD000001", WorkOrderFixture.completeReply),
        .interimReply(order: "GD000001", promisedAt: "2099-01-01 12:00", note: "已调取录像"),
        .recordComplainedAbout(order: "GD000001", person: "D02"),
        .review(order: "GD000001", accept: true, reason: nil),
        .followUp(order: "GD000001", satisfaction: .satisfied, note: ""),
        .close(order: "GD000001"),
        .ruleResponsibility(order: "GD000001", ResponsibilityRuling(finding: .notAtFault)),
        .push(order: "GD000001", level: .reminder, note: "请尽快"),
        .recall(order: "GD000001", reason: "改派"),
        .returnOrder(order: "GD000001", reason: .wrongOwner, note: "应由计量班处理"),
        .confirmReturn(order: "GD000001"),
        .rejectReturn(order: "GD000001", reason: "属本片区"),
        .acknowledgeMajor(order: "GD000001"),
        .escalateDue,
        .acknowledgeEscalation(order: "GD000001"),
        .classify(order: "GD000001", category: "TD"),
        .returnToDispatcher(order: "GD000001", note: "属龙江"),
        .inviteJointDiagnosis(order: "GD000001", departments: ["计量班"], question: "表计是否正常"),
        .recordFinding(order: "GD000001", finding: "属实"),
        .link(order: "GD000001", to: "GD000002", reason: .related),
        .openCase(ImprovementCaseDraft(rootCause: "原因", action: "措施", ownerDepartment: "营销部", dueDay: "2026-12-31", orders: ["GD000001"])),
        .addToCase(case: "GJ0001", orders: ["GD000001"]),
        .recordCaseProgress(case: "GJ0001", note: "已培训一半"),
        .finishCase(case: "GJ0001", outcome: "已完成"),
        .dismissSuggestion(key: "x", reason: "不是同一原因"),
    ]

    /// The refusal an actor with `role` meets for each action; nil if it went through.
    static func outcomes(for role: Role, in state: HallState) -> [(Action, HallRefusal?)] {
        let actor = member([role])
        var outcomes: [(Action, HallRefusal?)] = []
        func record(_ action: Action, _ body: () throws(HallRefusal) -> [Event]) {
            outcomes.append((action, refusal(body)))
        }
        for command in hallCommands {
            record(command.access.action) { () throws(HallRefusal) in try decide(command, state: state, catalog: catalog, actor: actor, now: now) }
        }
        for command in orderCommands {
            record(command.access.action) { () throws(HallRefusal) in
                try decide(command, state: state, catalog: catalog, settings: WorkOrderFixture.settings, actor: actor, now: now)
            }
        }
        record(.viewOrder) { () throws(HallRefusal) in
            try OrderSight(viewer: actor, book: state.workOrders, roster: catalog.roster).check("GD000001")
            return []
        }
        record(.setPin) { () throws(HallRefusal) in try decideSetPin(for: member([.guide]), state: state, catalog: catalog, actor: actor) }
        record(.seeCustomerContact) { () throws(HallRefusal) in
            try Permission(actor: actor, day: nil, book: state.workOrders, roster: catalog.roster).check(Access(.seeCustomerContact))
            return []
        }
        record(.exportUnmasked) { () throws(HallRefusal) in try decideUnmaskedExport("report month 2026-10 csv", state: state, catalog: catalog, actor: actor) }
        return outcomes
    }

    static func refusal(_ body: () throws(HallRefusal) -> [Event]) -> HallRefusal? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    func testEveryActionHasASampleCommand() throws {
        let walked = Set(Self.outcomes(for: .guide, in: try Self.hall()).map(\.0))
        XCTAssertEqual(Set(Action.allCases).subtracting(walked), [], "every action needs a sample in this walk")
    }

    func testEveryCommandTimesEveryRoleFollowsTheMatrix() throws {
        let state = try Self.hall()
        var granted = 0, denied = 0
        for role in Role.allCases {
            for (action, refusal) in Self.outcomes(for: role, in: state) {
                let label = "\(role.rawValue) × \(action.rawValue): \(refusal?.message ?? "accepted")"
                if PermissionMatrix.grants(action)[role] != nil {
                    granted += 1
                    XCTAssertNotEqual(refusal?.code, .notPermitted, label)
                } else {
                    denied += 1
                    XCTAssertEqual(refusal?.code, .notPermitted, label)
                    XCTAssertEqual(refusal?.denied, action, label)
                    XCTAssertTrue(refusal?.message.hasPrefix("\(role.chineseName)不能\(action.chineseName)：") == true, label)
                }
            }
        }
        XCTAssertGreaterThan(granted, 30)
        XCTAssertGreaterThan(denied, 150)
    }

    func testAClerkIsRefusedDispatchNamingWhoDispatches() throws {
        let refusal = Self.outcomes(for: .clerk, in: try Self.hall()).first { $0.0 == .dispatchOrder }?.1
        XCTAssertEqual(refusal?.message, "营业员不能派单：派单由客户问题解决协调员办理，请交由相应人员处理")
    }

    /// Whole phone, account and ID numbers in an order's detail: coordinators, department
    /// handlers and the manager, who must call the customer back; nobody else.
    func testOnlyThoseWhoCallCustomersBackSeeWholeContacts() {
        let expected: [Role: Bool] = [.guide: false, .clerk: false, .coordinator: true, .department: true, .manager: true, .admin: false,
                                      .departmentHead: false]
        XCTAssertEqual(Set(expected.keys), Set(Role.allCases), "every role has its answer here")
        for role in Role.allCases {
            XCTAssertEqual(PermissionMatrix.allows(Self.member([role]), .seeCustomerContact), expected[role], role.rawValue)
        }
        XCTAssertTrue(PermissionMatrix.allows(Self.member([.guide, .coordinator]), .seeCustomerContact), "either role suffices")
        XCTAssertFalse(PermissionMatrix.allows(Self.member([]), .seeCustomerContact), "a member without a role sees masks")
    }

    func testAMemberWithTwoRolesMayDoWhatEitherMay() throws {
        let state = try Self.hall()
        let both = Self.member([.guide, .coordinator])
        XCTAssertNoThrow(try decide(.answerAtDoor(businessType: "DF", customerKind: nil), state: state, catalog: Self.catalog, actor: both, now: Self.now))
        XCTAssertNoThrow(try decide(.push(order: "GD000001", level: .reminder, note: "请尽快"), state: state, catalog: Self.catalog,
                                    settings: WorkOrderFixture.settings, actor: both, now: Self.now))
    }
}
