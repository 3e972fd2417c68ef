import Foundation

/// A handler of the lead department took the order on.
public struct WorkOrderAccepted: OrderEventBody {
    public static let type = "workOrderAccepted"
    public static let version = 1

    public var order: String
    public init(order: String) {
        self.order = order
    }

    public var event: WorkOrderEvent { .accepted(self) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.handler = actor
        order.status = .inHand
    }
}
