import Foundation

/// The coordinator chased the order; `count` is how many pushes so far.
public struct WorkOrderPushed: OrderEventBody {
    public static let type = "workOrderPushed"
    public static let version = 1

    public var order: String
    public var level: PushLevel
    public var count: Int
    public var note: String

    public init(order: String, level: PushLevel, count: Int, note: String) {
        self.order = order
        self.level = level
        self.count = count
        self.note = note
    }

    public var event: WorkOrderEvent { .pushed(self) }

    public var summary: String { SummaryText.titled("第 \(count) 次\(level.chineseName)", note) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.pushCount = count
    }
}
