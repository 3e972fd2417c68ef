/// What a department is to an order (谁主管、谁处理): the lead (主办) that handles it, a
/// supporting department (协办) that helps, or one invited to a joint diagnosis (联合会诊).
/// The permission matrix's department scopes are sets of these.
public enum DepartmentPart: String, Sendable, Equatable, CaseIterable {
    case lead, supporting, invited

    public var chineseName: String {
        switch self {
        case .lead: "主办"
        case .supporting: "协办"
        case .invited: "受邀会诊"
        }
    }
}

extension WorkOrder {
    /// What `department` is to this order now; empty when it has no part in it.
    public func parts(of department: String) -> Set<DepartmentPart> {
        var parts: Set<DepartmentPart> = []
        if leadDepartment == department { parts.insert(.lead) }
        if supportingDepartments.contains(department) { parts.insert(.supporting) }
        if invitedDepartments.contains(department) { parts.insert(.invited) }
        return parts
    }

    /// Whether the order is on `department`'s desk: dispatched to it as lead or support and
    /// not yet closed or taken back, or waiting for its joint-diagnosis finding.
    public func isInHands(of department: String) -> Bool {
        (awaitingFindings.contains(department) && status.isOpen)
            || (![.closed, .awaitingDispatch].contains(status) && !parts(of: department).isDisjoint(with: [.lead, .supporting]))
    }

    /// 「由营销部主办，运检部协办，计量班受邀会诊」, 「尚未派单，计量班受邀会诊」 or 「尚未派单，
    /// 也未邀请会诊」: who has a part, for a refusal that tells a department whose order it is.
    var departmentsInWords: String {
        var parts = [leadDepartment.map { "由\($0)主办" } ?? "尚未派单"]
        if !supportingDepartments.isEmpty { parts.append("\(supportingDepartments.joined(separator: "、"))协办") }
        parts.append(invitedDepartments.isEmpty ? (leadDepartment == nil ? "也未邀请会诊" : "")
                     : "\(invitedDepartments.joined(separator: "、"))受邀会诊")
        return parts.filter { !$0.isEmpty }.joined(separator: "，")
    }
}
