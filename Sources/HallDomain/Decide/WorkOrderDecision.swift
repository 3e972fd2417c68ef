import Foundation

/// Decides what a work-order command means now, or refuses it with a reason staff can act on.
///
/// A separate entry from the hall's `decide` because it needs `WorkOrderSettings` (the
/// calendar among them), and because orders do not belong to a business day: a terminal
/// whose clock is behind the queue's day may still record a contact. The permission matrix
/// is checked first; no work-order action is scoped to a counter, so no day is given it.
public func decide(_ command: WorkOrderCommand, state: HallState, catalog: Catalog, settings: WorkOrderSettings,
                   actor: StaffMember, now: Date) throws(HallRefusal) -> [Event] {
    try Permission(actor: actor, day: nil, book: state.workOrders, roster: catalog.roster).check(command.access)
    try FieldLimit.check(command.limitedFields)
    let decision = WorkOrderDecision(book: state.workOrders, catalog: catalog, settings: settings, actor: actor, now: now)
    try decision.refuseComplainedAbout(command)
    let events: [WorkOrderEvent]
    switch command {
    case .receive(let intake): events = try decision.receive(intake)
    case let .dispatch(order, lead, supporting, reason):
        events = try decision.dispatch(order, lead: lead, supporting: supporting, reason: reason)
    case .accept(let order): events = try decision.accept(order)
    case let .firstContact(order, onSite, note): events = try decision.firstContact(order, onSite: onSite, note: note)
    case let .contactFailed(order, reason): events = try decision.contactFailed(order, reason: reason)
    case let .progressNote(order, note): events = try decision.progressNote(order, note: note)
    case let .reply(order, reply): events = try decision.reply(order, reply)
    case let .interimReply(order, promisedAt, note): events = try decision.interimReply(order, promisedAt: promisedAt, note: note)
    case let .recordComplainedAbout(order, person): events = try decision.recordComplainedAbout(order, person: person)
    case let .review(order, accept, reason): events = try decision.review(order, accept: accept, reason: reason)
    case let .followUp(order, satisfaction, note, method):
        events = try decision.followUp(order, satisfaction: satisfaction, note: note, method: method)
    case .close(let order): events = try decision.close(order)
    case let .ruleResponsibility(order, ruling): events = try decision.ruleResponsibility(order, ruling)
    case let .push(order, level, note): events = try decision.push(order, level: level, note: note)
    case let .recall(order, reason): events = try decision.recall(order, reason: reason)
    case let .returnOrder(order, reason, note): events = try decision.returnOrder(order, reason: reason, note: note)
    case .confirmReturn(let order): events = try decision.confirmReturn(order)
    case let .rejectReturn(order, reason): events = try decision.rejectReturn(order, reason: reason)
    case .acknowledgeMajor(let order): events = try decision.acknowledgeMajor(order)
    case .escalateDue: events = decision.escalateDue()
    case .acknowledgeEscalation(let order): events = try decision.acknowledgeEscalation(order)
    case let .classify(order, category): events = try decision.classify(order, as: category)
    case let .returnToDispatcher(order, note): events = try decision.returnToDispatcher(order, note: note)
    case let .inviteJointDiagnosis(order, departments, question):
        events = try decision.inviteJointDiagnosis(order, departments: departments, question: question)
    case let .recordFinding(order, finding): events = try decision.recordFinding(order, finding: finding)
    case let .link(order, other, reason): events = try decision.link(order, to: other, reason: reason)
    case .openCase(let draft): events = try decision.openCase(draft)
    case let .addToCase(number, orders): events = try decision.addToCase(number, orders: orders)
    case let .recordCaseProgress(number, note): events = try decision.recordCaseProgress(number, note: note)
    case let .finishCase(number, outcome): events = try decision.finishCase(number, outcome: outcome)
    case let .dismissSuggestion(key, reason): events = try decision.dismissSuggestion(key, reason: reason)
    }
    return events.map(Event.workOrder)
}

/// The inputs of one work-order decision and the checks every decision shares.
struct WorkOrderDecision {
    let book: WorkOrderBook
    let catalog: Catalog
    let settings: WorkOrderSettings
    let actor: StaffMember
    let now: Date

    func order(_ number: String) throws(HallRefusal) -> WorkOrder {
        guard let order = book.order(number) else {
            throw HallRefusal(.unknownWorkOrder, "没有工单 \(number)，请核对工单编号")
        }
        return order
    }

    func require(_ order: WorkOrder, in statuses: Set<WorkOrderStatus>, to action: String) throws(HallRefusal) {
        guard statuses.contains(order.status) else {
            throw HallRefusal(.workOrderWrongStatus, "工单 \(order.number) 当前为“\(order.status.chineseName)”，不能\(action)")
        }
    }

    /// Departments are those that have a department handler on the roster.
    func requireDepartment(_ name: String) throws(HallRefusal) {
        guard catalog.roster.members.contains(where: { $0.roles.contains(.department) && $0.department == name }) else {
            throw HallRefusal(.unknownDepartment, "名单中没有“\(name)”的经办人，请核对部门名称，或请管理员在 staff.toml 中补充")
        }
    }

    func requireText(_ text: String?, _ code: HallRefusal.Code, _ message: String) throws(HallRefusal) {
        guard !(text ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw HallRefusal(code, message)
        }
    }
}
