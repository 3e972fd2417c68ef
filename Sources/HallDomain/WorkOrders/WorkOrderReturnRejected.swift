import Foundation

/// The dispatcher turned a department's return down, with the reason: the department keeps
/// the order and sees why on its desk (an order is not sent back without a word, and not
/// kept against a department without one either).
public struct WorkOrderReturnRejected: OrderEventBody {
    public static let type = "workOrderReturnRejected"
    public static let version = 1

    public var order: String
    /// The department whose request was turned down, as it asked.
    public var department: String
    public var reason: String

    public init(order: String, department: String, reason: String) {
        self.order = order
        self.department = department
        self.reason = reason
    }

    public var event: WorkOrderEvent { .returnRejected(self) }

    public var summary: String { SummaryText.titled("驳回\(department)的回退申请", reason) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.pendingReturn = nil
        order.returnRejection = reason
    }
}
