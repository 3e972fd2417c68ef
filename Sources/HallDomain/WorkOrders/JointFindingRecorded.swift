import Foundation

/// An invited department gave its finding in a joint diagnosis. A later finding from the
/// same department replaces the earlier one on the order; the timeline keeps both.
public struct JointFindingRecorded: OrderEventBody {
    public static let type = "jointFindingRecorded"
    public static let version = 1

    public var order: String
    public var department: String
    public var finding: String

    public init(order: String, department: String, finding: String) {
        self.order = order
        self.department = department
        self.finding = finding
    }

    public var event: WorkOrderEvent { .jointFindingRecorded(self) }

    public var summary: String { SummaryText.titled("\(department)会诊意见", finding) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.findings[department] = finding
    }
}
