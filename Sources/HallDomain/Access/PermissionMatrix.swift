/// Who may do what, written once. `decide` checks it before any rule of the action itself,
/// so the panes, the scripting commands, imports and the demo all obey the same table, and
/// `halldesk staff permissions` prints this table rather than a copy of it.
///
/// Roles combine: a member with several roles may do what any of them may.
public enum PermissionMatrix {
    /// The roles granted `action`, each with the scope of its grant. A role not listed is refused.
    public static func grants(_ action: Action) -> [Role: Scope] {
        switch action {
        case .answerAtDoor, .turnAway, .markFormsPrefilled:
            [.guide: .anywhere]
        case .issueSlip:
            [.guide: .anywhere, .manager: .ownOverride]
        case .reinstateSlip:
            [.guide: .anywhere, .clerk: .anywhere]
        case .transferSlip:
            [.guide: .ownCounter, .clerk: .ownCounter]
        case .openCounter:
            // Opening a counter someone else holds is the counter rules' question, not a role's.
            [.clerk: .anywhere]
        case .pauseCounter, .closeCounter, .callNext, .recallSlip, .markNoShow, .startService, .finishService:
            [.clerk: .ownCounter]
        case .receiveOrder:
            // The coordinator takes 95598 orders in; the guide or the clerk first asked (首问负责)
            // turns a complaint at the door or the counter into one.
            [.guide: .anywhere, .clerk: .anywhere, .coordinator: .anywhere]
        case .dispatchOrder, .recallOrder, .confirmReturn, .pushOrder, .linkOrders, .inviteJointDiagnosis,
             .reviewReply, .followUp, .closeOrder, .ruleResponsibility:
            [.coordinator: .anywhere]
        case .acknowledgeMajor:
            // A major problem is reported up at once: the station head may take it in too.
            [.coordinator: .anywhere, .manager: .anywhere]
        case .acceptOrder, .recordFirstContact, .recordProgress, .replyToOrder, .returnOrder:
            [.department: .leadDepartment]
        case .recordFinding:
            [.department: .invitedDepartment]
        case .openCase, .addToCase, .finishCase, .dismissSuggestion:
            [.coordinator: .anywhere, .manager: .anywhere]
        case .recordCaseProgress:
            [.coordinator: .anywhere, .manager: .anywhere, .department: .ownerDepartment]
        case .setPin:
            Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, $0 == .admin ? Scope.anywhere : .oneself) })
        case .exportUnmasked:
            [.manager: .anywhere]
        }
    }

    /// The actions `role` is granted, in `Action` order, for the table and the help text.
    public static func actions(of role: Role) -> [Action] {
        Action.allCases.filter { grants($0)[role] != nil }
    }
}
