/// What staff ask of a work order. `decide(_:state:catalog:settings:actor:now:)` turns one
/// into events or refuses it.
public enum WorkOrderCommand: Sendable, Equatable {
    case receive(WorkOrderIntake)
    /// Also the redispatch after a confirmed return or a recall. `reason` says why the lead
    /// is not the category's owner (谁主管、谁处理); required then, and ignored otherwise.
    case dispatch(order: String, leadDepartment: String, supportingDepartments: [String], reason: String? = nil)
    case accept(order: String)
    case firstContact(order: String, onSite: Bool, note: String)
    /// A try to reach the customer that failed (电话无人接听、号码空号、客户拒接); as good as a
    /// contact for letting a reply through, and as many may be recorded as were made.
    case contactFailed(order: String, reason: String)
    case progressNote(order: String, note: String)
    case reply(order: String, WorkOrderReply)
    /// 阶段回复: what the customer was told meanwhile, and the time promised (「YYYY-MM-DD HH:MM」).
    case interimReply(order: String, promisedAt: String, note: String)
    /// 被投诉人 on a complaint: a roster id or a name.
    case recordComplainedAbout(order: String, person: String)
    case review(order: String, accept: Bool, reason: String?)
    /// The follow-up call, or on a complaint that has had one, the second (二次回访): the
    /// order's status says which.
    case followUp(order: String, satisfaction: Satisfaction, note: String, method: FollowUpMethod = .phone)
    case close(order: String)
    case ruleResponsibility(order: String, ResponsibilityRuling)
    case push(order: String, level: PushLevel, note: String)
    case recall(order: String, reason: String?)
    case returnOrder(order: String, reason: ReturnReason, note: String)
    case confirmReturn(order: String)
    /// Turns a department's return down; the reason is required and shown to the department.
    case rejectReturn(order: String, reason: String)
    case acknowledgeMajor(order: String)
    /// Records every escalation owed at this moment by time (`WorkOrder.escalationsDue`);
    /// nothing when none is, so any number of consoles may ask.
    case escalateDue
    /// The person an order went up to has seen it.
    case acknowledgeEscalation(order: String)
    /// Gives a 待归类 order one of the seeds' categories.
    case classify(order: String, category: String)
    /// Sends an order of another station's territory back to the dispatcher above (属地管理).
    case returnToDispatcher(order: String, note: String)
    /// 联合会诊: the dispatcher asks departments to look at the order together.
    case inviteJointDiagnosis(order: String, departments: [String], question: String)
    /// An invited department's finding, recorded by one of its handlers.
    case recordFinding(order: String, finding: String)
    /// Ties two orders together (批量/重复/关联); the link shows on both.
    case link(order: String, to: String, reason: LinkReason)
    /// 改进案例: a root cause found behind several orders, with the action that prevents it.
    case openCase(ImprovementCaseDraft)
    case addToCase(case: String, orders: [String])
    case recordCaseProgress(case: String, note: String)
    case finishCase(case: String, outcome: String)
    /// A suggested case that is not one root cause; it does not come back for the same orders.
    case dismissSuggestion(key: String, reason: String)
}
