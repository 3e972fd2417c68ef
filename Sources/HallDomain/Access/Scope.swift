/// How far a role's grant of an action reaches. A role with a grant outside its scope is
/// refused as firmly as a role with no grant: a clerk calls only at the counter they
/// opened, a department handler handles only its department's orders.
public enum Scope: Sendable, Equatable {
    /// Anywhere in the hall.
    case anywhere
    /// Only at the counter the actor opened (its counter): the holder in today's counter
    /// events. A counter nobody holds is left to the counter rules (「请先开放窗口」).
    case ownCounter
    /// Only as the approver of the checklist override on the slip (the manager's 特批).
    case ownOverride
    /// Only on orders whose lead department (主办) is the actor's department.
    case leadDepartment
    /// Only on orders the actor's department leads (主办) or supports (协办): the
    /// departments doing the work, who note how it goes.
    case leadOrSupportingDepartment
    /// Only on orders the actor's department supports (协办) or was invited to diagnose
    /// (会诊): the departments asked to say what they found.
    case supportingOrInvitedDepartment
    /// Only on orders the actor's department leads, supports or was invited to diagnose:
    /// a department sees its own orders, not the station's.
    case involvedDepartment
    /// Only on improvement cases owned by the actor's department.
    case ownerDepartment
    /// Only for the actor themselves (their own PIN).
    case oneself

    /// The limit in words, for the matrix table and refusals.
    public var chineseName: String {
        switch self {
        case .anywhere: ""
        case .ownCounter: "仅本人开放的窗口"
        case .ownOverride: "仅本人批准的例外放行"
        case .leadDepartment: "仅本部门主办的工单"
        case .leadOrSupportingDepartment: "仅本部门主办或协办的工单"
        case .supportingOrInvitedDepartment: "仅本部门协办或受邀会诊的工单"
        case .involvedDepartment: "仅本部门主办、协办或受邀会诊的工单"
        case .ownerDepartment: "仅本部门负责的案例"
        case .oneself: "仅本人"
        }
    }
}
