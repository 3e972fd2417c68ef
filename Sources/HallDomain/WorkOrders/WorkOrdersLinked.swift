import Foundation

/// Two orders were tied together. The link is one fact about both, so it is applied to
/// both orders and shows on both timelines.
public struct WorkOrdersLinked: WorkOrderEventBody {
    public static let type = "workOrdersLinked"
    public static let version = 1

    public var order: String
    public var other: String
    public var reason: LinkReason

    public init(order: String, other: String, reason: LinkReason) {
        self.order = order
        self.other = other
        self.reason = reason
    }

    public var event: WorkOrderEvent { .linked(self) }

    /// 「GD000005 与 GD000002 列为重复诉求」, 「GD000003 与 GD000004 互相关联」.
    public var summary: String {
        let what = reason == .related ? "互相关联" : "列为\(reason.chineseName)诉求"
        return "\(order) 与 \(other) \(what)"
    }

    /// False if either order is missing; the one that exists still gets its end of the link.
    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        let entry = WorkOrderHistoryEntry(time: time, actor: actor, event: event)
        let here = book.update(order) { order in
            order.links.append(WorkOrderLink(other: other, reason: reason))
            order.history.append(entry)
        }
        let there = book.update(other) { order in
            order.links.append(WorkOrderLink(other: self.order, reason: reason))
            order.history.append(entry)
        }
        return here && there
    }
}
