import Foundation

/// A 待归类 order was given one of the seeds' categories by the coordinator. A major
/// category makes the order major from now on, as it would have at receipt.
public struct WorkOrderClassified: OrderEventBody {
    public static let type = "workOrderClassified"
    public static let version = 1

    public var order: String
    public var category: String
    /// The category's name when classified, so the timeline reads the same after a rename.
    public var categoryName: String
    /// Whether the category is major (the order escalates with it).
    public var major: Bool

    public init(order: String, category: String, categoryName: String, major: Bool) {
        self.order = order
        self.category = category
        self.categoryName = categoryName
        self.major = major
    }

    public var event: WorkOrderEvent { .classified(self) }

    public var summary: String { "归类：\(categoryName)" + (major ? "，重大诉求" : "") }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.category = category
        order.categoryName = categoryName
        if major { order.major = true }
    }
}
