import Foundation

/// The department tried to reach the customer and could not (电话无人接听、号码空号、客户拒接).
/// It meets no deadline, but it is the record a reply may rest on when contact never came.
public struct WorkOrderContactFailed: OrderEventBody {
    public static let type = "workOrderContactFailed"
    public static let version = 1

    public var order: String
    public var reason: String

    public init(order: String, reason: String) {
        self.order = order
        self.reason = reason
    }

    public var event: WorkOrderEvent { .contactFailed(self) }

    public var summary: String { SummaryText.titled("联系客户未成功", reason) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        // The attempt lives in the history, which `WorkOrder.contactAttempted` reads.
    }
}
