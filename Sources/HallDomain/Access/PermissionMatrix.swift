/// Who may do what, written once. `decide` checks it before any rule of the action itself,
/// so the panes, the scripting commands, imports and the demo all obey the same table, and
/// `halldesk staff permissions` prints this table rather than a copy of it.
///
/// Roles combine: a member with several roles may do what any of them may.
public enum PermissionMatrix {
    /// The roles granted `action`, each with the scope of its grant. A role not listed is refused.
    public static func grants(_ action: Action) -> [Role: Scope] {
        switch action {
        case .answerAtDoor, .turnAway, .markFormsPrefilled, .reprintSlip:
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
        case .viewOrder:
            // A department sees the orders it has a part in, not the station's (its lists, its
            // pane, `order show`); the guide and the clerk see any order masked, to tell a
            // customer at the door how theirs stands (首问负责).
            [.guide: .anywhere, .clerk: .anywhere, .coordinator: .anywhere, .manager: .anywhere,
             .department: .involvedDepartment]
        case .receiveOrder:
            // The coordinator takes 95598 orders in; the guide or the clerk first asked (首问负责)
            // turns a complaint at the door or the counter into one.
            [.guide: .anywhere, .clerk: .anywhere, .coordinator: .anywhere]
        case .dispatchOrder, .recallOrder, .confirmReturn, .rejectReturn, .pushOrder, .linkOrders, .inviteJointDiagnosis,
             .reviewReply, .followUp, .closeOrder, .ruleResponsibility, .classifyOrder, .returnToDispatcher:
            [.coordinator: .anywhere]
        case .acknowledgeMajor:
            // A major problem is reported up at once: the station head may take it in too.
            [.coordinator: .anywhere, .manager: .anywhere]
        case .acceptOrder, .recordFirstContact, .replyToOrder, .returnOrder:
            [.department: .leadDepartment]
        case .recordProgress:
            // 协办 departments do part of the work: they note how their part goes.
            [.department: .leadOrSupportingDepartment]
        case .recordFinding:
            // A supporting department says what it found without a separate invitation.
            [.department: .supportingOrInvitedDepartment]
        case .openCase, .addToCase, .finishCase, .dismissSuggestion:
            [.coordinator: .anywhere, .manager: .anywhere]
        case .recordCaseProgress:
            [.coordinator: .anywhere, .manager: .anywhere, .department: .ownerDepartment]
        case .escalateByTime, .sendNotices:
            // Nobody chooses it: whichever console is open when an order falls due records
            // it (a guide's as well as the coordinator's), so every role of the hall's work
            // may; the system administrator only keeps PINs.
            Dictionary(uniqueKeysWithValues: Role.allCases.filter { $0 != .admin }.map { ($0, Scope.anywhere) })
        case .keepAppointments:
            // The guide keeps the book at the door; the station head may import the app's list.
            [.guide: .anywhere, .manager: .anywhere]
        case .recordMissedAppointments:
            // Nobody chooses it: as with escalation by time, whichever console is open when
            // a window closes records the miss, so every role of the hall's work may.
            Dictionary(uniqueKeysWithValues: Role.allCases.filter { $0 != .admin }.map { ($0, Scope.anywhere) })
        case .acknowledgeEscalation:
            // The person it went up to: the lead department's head, or the station head.
            // Which of them a given escalation names is the decision's question.
            [.departmentHead: .leadDepartment, .manager: .anywhere]
        case .setPin:
            Dictionary(uniqueKeysWithValues: Role.allCases.map { ($0, $0 == .admin ? Scope.anywhere : .oneself) })
        case .seeCustomerContact:
            // Those who must call the customer back see the whole phone, account and ID
            // number in an order's detail; everyone else, and every list, sees them masked.
            // A department sees the detail only of its own orders (`viewOrder`).
            [.coordinator: .anywhere, .department: .anywhere, .manager: .anywhere]
        case .exportUnmasked:
            [.manager: .anywhere]
        }
    }

    /// Whether `member` may do `action` wherever it is, through any of their roles: the
    /// question for what a screen or a command shows rather than decides (whole customer
    /// contacts), which touches nothing a narrower scope could be checked against.
    public static func allows(_ member: StaffMember, _ action: Action) -> Bool {
        let grants = grants(action)
        return member.roles.contains { grants[$0] == .anywhere }
    }

    /// The actions `role` is granted, in `Action` order, for the table and the help text.
    public static func actions(of role: Role) -> [Action] {
        Action.allCases.filter { grants($0)[role] != nil }
    }
}
