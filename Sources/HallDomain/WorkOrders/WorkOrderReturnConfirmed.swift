import Foundation

/// The dispatcher confirmed the return: the department's hold ends and the order waits for redispatch.
public struct WorkOrderReturnConfirmed: OrderEventBody {
    public static let type = "workOrderReturnConfirmed"
    public static let version = 1

    public var order: String
    public init(order: String) {
        self.order = order
    }

    public var event: WorkOrderEvent { .returnConfirmed(self) }

    public var summary: String { "确认回退，待重新派单" }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.endHolding(at: time)
        order.status = .awaitingDispatch
        order.handler = nil
        order.pendingReturn = nil
    }
}
