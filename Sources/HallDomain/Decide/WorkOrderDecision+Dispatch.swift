import Foundation

/// The dispatcher's side: receive, dispatch and redispatch, recall, confirm or reject a return,
/// acknowledge a major order.
extension WorkOrderDecision {
    /// Receiving fixes the deadlines on the calendar once and for all. A repeat of a recently
    /// closed order is marked and linked to it; a major order (by category or by hand) goes
    /// up to the station head at once.
    func receive(_ intake: WorkOrderIntake) throws(HallRefusal) -> [WorkOrderEvent] {
        guard let category = settings.category(code: intake.category) else {
            throw HallRefusal(.unknownCategory, "没有代码为 \(intake.category) 的诉求分类，请按 work-order-categories.toml 中的代码选择")
        }
        // The call centre has already taken a 95598 order in: one sent without its content is
        // received (marked 诉求内容为空) rather than left outside; at the hall staff ask the customer.
        if intake.source != .hotline95598 { try requireText(intake.description, .descriptionMissing, "请写明诉求内容后再受理") }
        if let hotline = intake.hotlineNumber, let existing = book.orders.first(where: { $0.hotlineNumber == hotline }) {
            throw HallRefusal(.duplicateHotlineNumber, "95598 工单 \(hotline) 已受理为 \(existing.number)，不再重复受理")
        }
        let receivedAt = intake.receivedAt ?? now
        guard receivedAt <= now else {
            throw HallRefusal(.receivedInFuture, "受理时间晚于现在，请核对受理时间（或本机时钟）")
        }
        let deadlines = settings.deadlines[intake.kind] ?? KindDeadlines()
        func due(_ clock: DeadlineClock?) -> String? {
            clock.map { InstantText.text(settings.calendar.due(from: receivedAt, clock: $0).instant) }
        }
        let major = category.major || intake.markedMajor
        let number = book.nextNumber
        let earlier = repeated(intake, receivedAt: receivedAt)
        var events: [WorkOrderEvent] = [.received(WorkOrderReceived(
            order: number, kind: intake.kind, source: intake.source, category: category.code, major: major,
            customer: intake.customer, description: intake.description, hotlineNumber: intake.hotlineNumber,
            firstContactDue: due(deadlines.firstContact), arrivalDue: due(deadlines.arrival[intake.customer.areaType]),
            replyDue: due(deadlines.reply), receivedAt: intake.receivedAt.map(InstantText.text), categoryName: category.name,
            repeatOf: earlier?.number, reportedCategory: category == .unclassified ? intake.reportedCategory : nil,
            reportedKind: intake.reportedKind))]
        if let earlier { events.append(.linked(WorkOrdersLinked(order: number, other: earlier.number, reason: .repeat))) }
        if major { events.append(.escalated(WorkOrderEscalated(order: number, level: .stationHead, reason: .major))) }
        return events
    }

    /// 重复诉求: the order of the same customer and category closed most recently within the
    /// repeat window before this one was received, if any.
    func repeated(_ intake: WorkOrderIntake, receivedAt: Date) -> WorkOrder? {
        let windowStart = receivedAt.addingTimeInterval(-Double(settings.repeatWindowDays) * 86_400)
        let closed = book.orders.compactMap { order -> (order: WorkOrder, closedAt: Date)? in
            guard let closedAt = order.closedAt, closedAt >= windowStart, closedAt <= receivedAt,
                  order.category == intake.category, order.customer.isSameCustomer(as: intake.customer) else { return nil }
            return (order, closedAt)
        }
        return closed.max { $0.closedAt < $1.closedAt }?.order
    }

    /// Dispatch and redispatch are one decision: the order must be waiting for a department.
    /// 谁主管、谁处理: a lead other than the category's owner must say why, and the reason is
    /// recorded with the dispatch; to the owner (or where the category names none) a reason
    /// is not asked for and not kept.
    func dispatch(_ number: String, lead: String, supporting: [String], reason: String?) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.awaitingDispatch], to: "派单（已派出的工单请先撤回或确认回退）")
        // The category decides the owner, the deadlines and the batch warnings: a 待归类 order
        // sent out first would be judged on none of them.
        guard !order.awaitsClassification else {
            throw HallRefusal(.awaitingClassification, "工单 \(number) 还是待归类，请先归类（按 g，或 halldesk order classify \(number) --category 代码）再派单")
        }
        try requireDepartment(lead)
        for department in supporting { try requireDepartment(department) }
        let helpers = supporting.filter { $0 != lead }
        var recorded: String?
        if let category = settings.category(code: order.category), let owner = category.owner, owner != lead {
            try requireText(reason, .dispatchReasonMissing,
                            "“\(category.name)”由\(owner)主管；改派\(lead)主办须写明理由（如现场核实属\(lead)业务），或派给\(owner)")
            recorded = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return [.dispatched(WorkOrderDispatched(order: number, leadDepartment: lead, supportingDepartments: helpers, reason: recorded))]
    }

    /// Before the department accepts, a recall needs no reason; after, it must say why.
    func recall(_ number: String, reason: String?) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.dispatched, .inHand], to: "撤回")
        if order.status == .inHand {
            try requireText(reason, .reasonMissing, "工单 \(number) 已由部门接单，撤回须写明原因")
        }
        return [.recalled(WorkOrderRecalled(order: number, reason: reason))]
    }

    func confirmReturn(_ number: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        guard order.pendingReturn != nil else {
            throw HallRefusal(.noReturnPending, "工单 \(number) 没有待确认的回退申请，无需确认")
        }
        return [.returnConfirmed(WorkOrderReturnConfirmed(order: number))]
    }

    /// A return the dispatcher does not accept (the address, category or owner was right after
    /// all) is turned down with a reason the department can act on; the department keeps the
    /// order, and its deadlines run on as before.
    func rejectReturn(_ number: String, reason: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        guard let pending = order.pendingReturn else {
            throw HallRefusal(.noReturnPending, "工单 \(number) 没有待处理的回退申请，无需驳回")
        }
        try requireText(reason, .reasonMissing, "驳回回退须写明理由（为何仍应由\(pending.department)办理），请补充后再提交")
        return [.returnRejected(WorkOrderReturnRejected(order: number, department: pending.department,
                                                        reason: reason.trimmingCharacters(in: .whitespacesAndNewlines)))]
    }

    func acknowledgeMajor(_ number: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        guard order.awaitsMajorAcknowledgement else {
            throw HallRefusal(.notAwaitingAcknowledgement, "工单 \(number) 不是待确认的重大工单，无需确认")
        }
        return [.majorAcknowledged(MajorAcknowledged(order: number))]
    }

    /// Each push is recorded. The third push and later, or any push while a deadline is
    /// running late, escalate one level: department head, then station head.
    func push(_ number: String, level: PushLevel, note: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.dispatched, .inHand, .awaitingReview], to: level.chineseName)
        let count = order.pushCount + 1
        var events: [WorkOrderEvent] = [.pushed(WorkOrderPushed(order: number, level: level, count: count, note: note))]
        let late = order.isRunningLate(at: now)
        if late || count >= 3, order.escalation != .stationHead {
            let next: EscalationLevel = order.escalation == nil ? .departmentHead : .stationHead
            events.append(.escalated(WorkOrderEscalated(order: number, level: next, reason: late ? .overduePush : .repeatedPush)))
        }
        return events
    }
}
