import Foundation

/// The coordinator closed the order (办结).
public struct WorkOrderClosed: OrderEventBody {
    public static let type = "workOrderClosed"
    public static let version = 1

    public var order: String
    public init(order: String) {
        self.order = order
    }

    public var event: WorkOrderEvent { .closed(self) }

    public var summary: String { "办结" }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.closedAt = time
        order.status = .closed
    }
}
