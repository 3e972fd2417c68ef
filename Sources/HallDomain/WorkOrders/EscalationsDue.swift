import Foundation

/// Escalation by time: which orders must go up at `now`, and to whom. A pure function of
/// the state and the instant, so that whichever console (or cron job) asks first records
/// it, and every later asker, on the state that now holds the record, finds nothing due.
extension WorkOrder {
    /// The escalations this order is owed at `now`, lowest level first: for each deadline
    /// clock still open, its warning point passed owes `rule.atWarning` and its deadline
    /// passed owes `rule.atDeadline`; every level above where the order already stands is
    /// owed once, with the first clock and point that reached it. The ladder starts at the
    /// department's handler (经办人), so only an order a department holds (待接单, 处理中)
    /// climbs it; an order waiting for dispatch or review is the coordinator's own.
    public func escalationsDue(at now: Date, settings: WorkOrderSettings) -> [WorkOrderEscalated] {
        guard status == .dispatched || status == .inHand else { return [] }
        let rule = settings.escalation
        var owed: [EscalationLevel: WorkOrderEscalated] = [:]
        for standing in openStandings(at: now, settings: settings) {
            var reached: [(EscalationLevel?, EscalationReason)] = []
            if standing.isDueSoon || now > standing.due { reached.append((rule.atWarning, .warningPoint)) }
            if now > standing.due { reached.append((rule.atDeadline, .deadlinePassed)) }
            for case let (level?, reason) in reached where owed[level] == nil && escalation.map({ level > $0 }) ?? true {
                owed[level] = WorkOrderEscalated(order: number, level: level, reason: reason, deadline: standing.deadline)
            }
        }
        return EscalationLevel.allCases.compactMap { owed[$0] }
    }

    /// Whether the person at `level` has yet to acknowledge this order's escalation to it:
    /// escalated there (a major order's receipt aside, which has its own 确认重大), not since
    /// acknowledged, and not closed. Read from the history, which holds both events.
    public func awaitsAcknowledgement(at level: EscalationLevel) -> Bool {
        guard status != .closed else { return false }
        var awaiting = false
        for entry in history {
            switch entry.event {
            case .escalated(let body) where body.level == level: awaiting = body.reason != .major
            case .escalationAcknowledged(let body) where body.level == level: awaiting = false
            default: break
            }
        }
        return awaiting
    }
}

extension WorkOrderBook {
    /// Every escalation owed at `now`, order by order.
    public func escalationsDue(at now: Date, settings: WorkOrderSettings) -> [WorkOrderEscalated] {
        orders.flatMap { $0.escalationsDue(at: now, settings: settings) }
    }

    /// Orders escalated to `level` and not yet acknowledged there; for 部门负责人, only those
    /// `department` leads (nil: every department's, as the coordinator sees them).
    public func awaitingAcknowledgement(at level: EscalationLevel, department: String? = nil) -> [WorkOrder] {
        Self.led(by: department, orders.filter { $0.awaitsAcknowledgement(at: level) })
    }

    /// `orders` led by `department`; all of them when it is nil.
    static func led(by department: String?, _ orders: [WorkOrder]) -> [WorkOrder] {
        guard let department else { return orders }
        return orders.filter { $0.leadDepartment == department }
    }
}
