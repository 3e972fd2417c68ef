import Foundation

/// The order went up to `level`; the screens of that level show it until it is closed,
/// and mark it until the person at that level acknowledges it (`EscalationAcknowledged`).
public struct WorkOrderEscalated: OrderEventBody {
    public static let type = "workOrderEscalated"
    public static let version = 1

    public var order: String
    public var level: EscalationLevel
    public var reason: EscalationReason
    /// The clock that reached its warning point or ran out, for an escalation by time; nil
    /// for the others and in records written before time escalated by itself (so those
    /// replay unchanged: an absent key decodes as nil and a nil one is not written).
    public var deadline: WorkOrderDeadline?

    public init(order: String, level: EscalationLevel, reason: EscalationReason, deadline: WorkOrderDeadline? = nil) {
        self.order = order
        self.level = level
        self.reason = reason
        self.deadline = deadline
    }

    public var event: WorkOrderEvent { .escalated(self) }

    /// 「升级至部门负责人：答复临期预警」.
    public var summary: String { "升级至\(level.chineseName)：\(deadline?.chineseName ?? "")\(reason.chineseName)" }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.escalation = max(order.escalation ?? level, level)
    }
}
