import Foundation

/// The lead department asks to send the order back. Nothing moves until the dispatcher confirms
/// (or turns it down: `WorkOrderReturnRejected`).
public struct WorkOrderReturnRequested: OrderEventBody {
    public static let type = "workOrderReturnRequested"
    public static let version = 1

    public var order: String
    public var department: String
    public var reason: ReturnReason
    public var note: String

    public init(order: String, department: String, reason: ReturnReason, note: String) {
        self.order = order
        self.department = department
        self.reason = reason
        self.note = note
    }

    public var event: WorkOrderEvent { .returnRequested(self) }

    public var summary: String { SummaryText.titled("\(department)申请回退（\(reason.chineseName)）", note) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.pendingReturn = ReturnRequest(department: department, reason: reason, note: note)
        order.returnRejection = nil
    }
}
