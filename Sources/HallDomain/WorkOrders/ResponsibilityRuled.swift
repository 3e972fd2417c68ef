import Foundation

/// Responsibility was ruled after closing (先处理、后定责).
public struct ResponsibilityRuled: OrderEventBody {
    public static let type = "responsibilityRuled"
    public static let version = 1

    public var order: String
    public var ruling: ResponsibilityRuling

    public init(order: String, ruling: ResponsibilityRuling) {
        self.order = order
        self.ruling = ruling
    }

    public var event: WorkOrderEvent { .responsibilityRuled(self) }

    public var summary: String {
        let named = [ruling.department, ruling.person].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return named.isEmpty ? "定责：\(ruling.finding.chineseName)" : "定责：\(ruling.finding.chineseName)，\(named)"
    }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.responsibility = ruling
    }
}
