import Foundation

/// A coordinator or the manager has seen a major order; it stops flashing on every screen.
public struct MajorAcknowledged: OrderEventBody {
    public static let type = "majorAcknowledged"
    public static let version = 1

    public var order: String
    public init(order: String) {
        self.order = order
    }

    public var event: WorkOrderEvent { .majorAcknowledged(self) }

    public var summary: String { "确认重大诉求，已知悉" }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.majorAcknowledgedBy = actor
    }
}
