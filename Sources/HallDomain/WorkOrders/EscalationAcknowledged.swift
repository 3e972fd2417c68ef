import Foundation

/// The person an order was escalated to (the lead department's 部门负责人, or the 所长) has
/// seen it: the mark and the count on their desk go.
public struct EscalationAcknowledged: OrderEventBody {
    public static let type = "escalationAcknowledged"
    public static let version = 1

    public var order: String
    public var level: EscalationLevel

    public init(order: String, level: EscalationLevel) {
        self.order = order
        self.level = level
    }

    public var event: WorkOrderEvent { .escalationAcknowledged(self) }

    public var summary: String { "\(level.chineseName)已知悉升级" }

    /// Nothing to change but the history: whether a level still awaits its acknowledgement
    /// is read from the history (`WorkOrder.awaitsAcknowledgement`), so snapshots keep
    /// their shape.
    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {}
}
