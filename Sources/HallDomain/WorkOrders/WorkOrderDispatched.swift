import Foundation

/// The dispatcher sent the order to a lead department, with supporting ones. A dispatch after a return or recall is a redispatch; the deadlines stay as they were.
public struct WorkOrderDispatched: OrderEventBody {
    public static let type = "workOrderDispatched"
    public static let version = 1

    public var order: String
    public var leadDepartment: String
    public var supportingDepartments: [String]
    /// Why the lead is not the category's owner (谁主管、谁处理); nil when it is, when the
    /// category names no owner, and in logs from before owners were recorded.
    public var reason: String?

    public init(order: String, leadDepartment: String, supportingDepartments: [String], reason: String? = nil) {
        self.order = order
        self.leadDepartment = leadDepartment
        self.supportingDepartments = supportingDepartments
        self.reason = reason
    }

    public var event: WorkOrderEvent { .dispatched(self) }

    public var summary: String {
        var line = "派单：主办 \(leadDepartment)"
        if !supportingDepartments.isEmpty { line += "，协办 \(supportingDepartments.joined(separator: "、"))" }
        if let reason { line += "（非主管部门主办，理由：\(reason)）" }
        return line
    }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.leadDepartment = leadDepartment
        order.supportingDepartments = supportingDepartments
        order.handler = nil
        order.returnRejection = nil
        order.dispatchCount += 1
        order.status = .dispatched
        order.startHolding(at: time)
    }
}
