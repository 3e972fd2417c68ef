import Foundation

/// The department contacted the customer; `onSite` when it was in person at the site, which also meets a repair arrival deadline.
public struct WorkOrderContacted: OrderEventBody {
    public static let type = "workOrderContacted"
    public static let version = 1

    public var order: String
    public var onSite: Bool
    public var note: String

    public init(order: String, onSite: Bool, note: String) {
        self.order = order
        self.onSite = onSite
        self.note = note
    }

    public var event: WorkOrderEvent { .contacted(self) }

    public var summary: String { SummaryText.titled(onSite ? "联系客户（上门）" : "联系客户", note) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        if order.met[.firstContact] == nil { order.met[.firstContact] = time }
        if onSite, order.met[.arrival] == nil { order.met[.arrival] = time }
    }
}
