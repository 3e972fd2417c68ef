import Foundation

/// The dispatcher sent the order to a lead department, with supporting ones. A dispatch after a return or recall is a redispatch; the deadlines stay as they were.
public struct WorkOrderDispatched: OrderEventBody {
    public static let type = "workOrderDispatched"
    public static let version = 1

    public var order: String
    public var leadDepartment: String
    public var supportingDepartments: [String]

    public init(order: String, leadDepartment: String, supportingDepartments: [String]) {
        self.order = order
        self.leadDepartment = leadDepartment
        self.supportingDepartments = supportingDepartments
    }

    public var event: WorkOrderEvent { .dispatched(self) }

    public var summary: String {
        let lead = "派单：主办 \(leadDepartment)"
        return supportingDepartments.isEmpty ? lead : "\(lead)，协办 \(supportingDepartments.joined(separator: "、"))"
    }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.leadDepartment = leadDepartment
        order.supportingDepartments = supportingDepartments
        order.handler = nil
        order.dispatchCount += 1
        order.status = .dispatched
        order.startHolding(at: time)
    }
}
