import Foundation

/// The order went up to `level`; the screens of that level show it until it is closed.
public struct WorkOrderEscalated: OrderEventBody {
    public static let type = "workOrderEscalated"
    public static let version = 1

    public var order: String
    public var level: EscalationLevel
    public var reason: EscalationReason

    public init(order: String, level: EscalationLevel, reason: EscalationReason) {
        self.order = order
        self.level = level
        self.reason = reason
    }

    public var event: WorkOrderEvent { .escalated(self) }

    public var summary: String { "升级至\(level.chineseName)：\(reason.chineseName)" }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.escalation = max(order.escalation ?? level, level)
    }
}
