import Foundation

/// Escalation by time and its acknowledgement by the person it names.
extension WorkOrderDecision {
    /// Whatever time has made due at `now`, and nothing else: asked by every open console
    /// and by `halldesk order escalate-due`, it records each escalation once, because the
    /// state it is decided on already holds any recorded before.
    func escalateDue() -> [WorkOrderEvent] {
        book.escalationsDue(at: now, settings: settings).map(WorkOrderEvent.escalated)
    }

    /// The lead department's 部门负责人 acknowledges an escalation to 部门负责人; the 所长 one
    /// to 供电所所长. Each acknowledges only their own level, so the other's mark stays.
    func acknowledgeEscalation(_ number: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        let pending = EscalationLevel.allCases.filter { order.awaitsAcknowledgement(at: $0) }
        guard !pending.isEmpty else {
            throw HallRefusal(.notAwaitingAcknowledgement, "工单 \(number) 没有待确认的升级，无需确认")
        }
        let mine = pending.filter { level in
            switch level {
            case .departmentHead: actor.roles.contains(.departmentHead) && actor.department == order.leadDepartment
            case .stationHead: actor.roles.contains(.manager)
            }
        }
        guard !mine.isEmpty else {
            let names = pending.map(\.chineseName).joined(separator: "、")
            throw HallRefusal(.notAwaitingAcknowledgement, "工单 \(number) 升级至\(names)，应由\(names)本人确认已知悉")
        }
        return mine.map { .escalationAcknowledged(EscalationAcknowledged(order: number, level: $0)) }
    }
}
