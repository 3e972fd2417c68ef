import Foundation

/// The permission check `decide` runs before anything else: the matrix's grants, and the
/// scope of each grant against what the action touches in the current state.
public struct Permission {
    let actor: StaffMember
    /// Today's counters, as the decision sees the business day (nil: no day to look at).
    let day: HallDay?
    let book: WorkOrderBook
    let roster: Roster

    public init(actor: StaffMember, day: HallDay?, book: WorkOrderBook, roster: Roster) {
        self.actor = actor
        self.day = day
        self.book = book
        self.roster = roster
    }

    /// Passes if any of the actor's roles is granted the action within its scope; otherwise
    /// a `.notPermitted` refusal that names the role, the action and who does it instead.
    public func check(_ access: Access) throws(HallRefusal) {
        let grants = PermissionMatrix.grants(access.action)
        let held = actor.roles.compactMap { role in grants[role].map { (role, $0) } }
        guard !held.isEmpty else { throw roleRefusal(access.action, grantedTo: grants.keys) }
        var firstFailure: String?
        for (role, scope) in held {
            guard let failure = outside(scope, access.target) else { return }
            firstFailure = firstFailure ?? "\(role.chineseName)\(failure)"
        }
        throw HallRefusal(.notPermitted, firstFailure ?? "", denied: access.action)
    }

    private func roleRefusal(_ action: Action, grantedTo roles: Dictionary<Role, Scope>.Keys) -> HallRefusal {
        let mine = actor.roles.isEmpty ? "未分配角色的人员" : actor.roles.map(\.chineseName).joined(separator: "兼")
        let theirs = Role.allCases.filter(roles.contains).map(\.chineseName).joined(separator: "或")
        return HallRefusal(.notPermitted, "\(mine)不能\(action.chineseName)：\(action.chineseName)由\(theirs)办理，请交由相应人员处理",
                           denied: action)
    }

    /// Why `target` is outside `scope` for the actor, finishing 「<角色>…」; nil when inside.
    /// A target the state does not know passes, so the action's own rules can say so.
    private func outside(_ scope: Scope, _ target: AccessTarget) -> String? {
        switch (scope, target) {
        case (.anywhere, _):
            return nil
        case (.ownCounter, .counter(let number)):
            return counterHeldByOther(number)
        case (.ownCounter, .slip(let number)):
            return day?.slip(number)?.counter.flatMap(counterHeldByOther)
        case (.ownOverride, .override(let approver)):
            return approver == actor.id ? nil : "只能发放本人批准例外放行的号：资料齐全的客户请由导引员发号"
        case (.leadDepartment, .order(let number)):
            guard let order = book.order(number) else { return nil }
            let lead = order.leadDepartment
            return lead != nil && lead == actor.department ? nil
                : "只能办理本部门主办的工单：工单 \(number) 由\(lead ?? "（尚未派单）")主办，请由该部门经办人办理"
        case (.leadOrSupportingDepartment, .order(let number)):
            return departmentOutside(number, as: [.lead, .supporting], "只能为本部门主办或协办的工单记录进展")
        case (.supportingOrInvitedDepartment, .order(let number)):
            return departmentOutside(number, as: [.supporting, .invited], "只能为本部门协办或受邀会诊的工单填写意见")
        case (.involvedDepartment, .order(let number)):
            return departmentOutside(number, as: DepartmentPart.allCases, "只能查看本部门主办、协办或受邀会诊的工单")
        case (.ownerDepartment, .improvementCase(let number)):
            guard let found = book.improvementCase(number) else { return nil }
            return found.ownerDepartment == actor.department ? nil
                : "只能记录本部门负责的改进案例：案例 \(number) 由\(found.ownerDepartment)负责"
        case (.oneself, .member(let id)):
            return id == actor.id ? nil : "只能设置本人的 PIN：他人的 PIN 请由系统管理员设置"
        default:
            return "不能\(scope.chineseName)以外操作"
        }
    }

    /// Why the actor's department, in none of `parts` of order `number`, is outside: what it
    /// may do, then who the order belongs to, so the handler knows whom to ask.
    private func departmentOutside(_ number: String, as parts: [DepartmentPart], _ limit: String) -> String? {
        guard let order = book.order(number) else { return nil }
        guard let department = actor.department, !order.parts(of: department).isDisjoint(with: parts) else {
            return "\(limit)：工单 \(number) \(order.departmentsInWords)，请由这些部门的经办人或协调员办理"
        }
        return nil
    }

    private func counterHeldByOther(_ number: Int) -> String? {
        guard let holder = day?.counter(number).clerk, holder != actor.id else { return nil }
        let name = roster.member(id: holder).map { "\($0.name)（\(holder)）" } ?? holder
        return "只能在本人开放的窗口操作：\(number) 号窗口由 \(name) 开放，请由其操作，或待其关闭窗口后再开放"
    }
}
