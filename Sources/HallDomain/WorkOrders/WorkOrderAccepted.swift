import Foundation

/// A handler of the lead department took the order on. `department` is the lead department
/// at that moment, kept so the timeline can say who took it without the roster; logs from
/// before it was recorded decode with nil.
public struct WorkOrderAccepted: OrderEventBody {
    public static let type = "workOrderAccepted"
    public static let version = 1

    public var order: String
    public var department: String?

    public init(order: String, department: String? = nil) {
        self.order = order
        self.department = department
    }

    public var event: WorkOrderEvent { .accepted(self) }

    public var summary: String { "\(department ?? "主办部门")接单" }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.handler = actor
        order.status = .inHand
    }
}
