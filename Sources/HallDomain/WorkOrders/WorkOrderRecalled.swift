import Foundation

/// The dispatcher pulled the order back from its department; it waits to be dispatched again.
public struct WorkOrderRecalled: OrderEventBody {
    public static let type = "workOrderRecalled"
    public static let version = 1

    public var order: String
    public var reason: String?

    public init(order: String, reason: String?) {
        self.order = order
        self.reason = reason
    }

    public var event: WorkOrderEvent { .recalled(self) }

    public var summary: String { SummaryText.titled("撤回工单", reason) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.endHolding(at: time)
        order.status = .awaitingDispatch
        order.handler = nil
        order.pendingReturn = nil
        order.returnRejection = nil
    }
}
