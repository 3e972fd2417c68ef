import Foundation

/// 批量预警: many orders of one category from one area in a short time usually mean one
/// cause (a failing transformer, a wrong bill run). The warning stands until the dispatcher
/// has linked the whole group as a batch, so they are handled as one matter.
public struct BatchWarning: Sendable, Equatable {
    public var category: String
    public var area: String
    /// The orders of the group, oldest receipt first.
    public var orders: [String]
    public var firstReceivedAt: Date
    public var lastReceivedAt: Date

    public init(category: String, area: String, orders: [String], firstReceivedAt: Date, lastReceivedAt: Date) {
        self.category = category
        self.area = area
        self.orders = orders
        self.firstReceivedAt = firstReceivedAt
        self.lastReceivedAt = lastReceivedAt
    }

    /// The groups in `book` that `rule` calls a batch, received up to `now`, not yet linked
    /// as one batch; most recent last receipt first.
    ///
    /// An order belongs to a group when some `hours`-long window holds it and at least
    /// `count` orders of its category and area in all; overlapping windows make one group,
    /// so a run that keeps going stays one warning. A group whose orders are all closed is
    /// history, not a warning.
    public static func find(book: WorkOrderBook, rule: BatchRule, now: Date) -> [BatchWarning] {
        let window = Double(rule.hours) * 3_600
        let received = book.orders.filter { $0.receivedAt <= now && !$0.customer.area.isEmpty }
        let byMatter = Dictionary(grouping: received) { MatterKey(category: $0.category, area: $0.customer.area) }
        var warnings: [BatchWarning] = []
        for (key, orders) in byMatter {
            let sorted = orders.sorted { $0.receivedAt < $1.receivedAt }
            for group in groups(sorted, count: max(rule.count, 2), within: window)
            where group.contains(where: { $0.status.isOpen }) && !missingLinks(group).isEmpty {
                warnings.append(BatchWarning(category: key.category, area: key.area, orders: group.map(\.number),
                                             firstReceivedAt: group[0].receivedAt,
                                             lastReceivedAt: group[group.count - 1].receivedAt))
            }
        }
        return warnings.sorted { ($0.lastReceivedAt, $0.area, $0.category) > ($1.lastReceivedAt, $1.area, $1.category) }
    }

    private struct MatterKey: Hashable {
        var category: String
        var area: String
    }

    /// The orders (sorted by receipt) that share a `window` with at least `count - 1` others,
    /// split into groups where their windows do not overlap.
    private static func groups(_ orders: [WorkOrder], count: Int, within window: TimeInterval) -> [[WorkOrder]] {
        var groups: [[WorkOrder]] = []
        var groupEnd = -1
        for start in orders.indices {
            var end = start
            while end + 1 < orders.count, orders[end + 1].receivedAt.timeIntervalSince(orders[start].receivedAt) <= window {
                end += 1
            }
            guard end - start + 1 >= count else { continue }
            if start <= groupEnd, !groups.isEmpty {
                groups[groups.count - 1] += orders[(groupEnd + 1)..<(end + 1)]
            } else {
                groups.append(Array(orders[start...end]))
            }
            groupEnd = max(groupEnd, end)
        }
        return groups
    }

    /// The batch links still missing from this group in `book`, as the commands to issue in
    /// turn: what the coordinator's `L` key submits and `order warnings` prints. Empty once
    /// the group is linked as one batch (the warning is then gone).
    public func missingLinks(in book: WorkOrderBook) -> [WorkOrderCommand] {
        Self.missingLinks(orders.compactMap(book.order)).map { .link(order: $0.number, to: $1.number, reason: .batch) }
    }

    /// Pairs to link as a batch so that every order of `group` is reached from the first
    /// through batch links within the group. Links already there are kept, so a half-linked
    /// group needs only the rest; each pair avoids two orders already linked for another
    /// reason, which `link` would refuse to link again.
    private static func missingLinks(_ group: [WorkOrder]) -> [(WorkOrder, WorkOrder)] {
        guard let first = group.first else { return [] }
        let members = Set(group.map(\.number))
        let byNumber = Dictionary(uniqueKeysWithValues: group.map { ($0.number, $0) })
        func component(of start: WorkOrder) -> [WorkOrder] {
            var seen = [start]
            var frontier = [start]
            while let next = frontier.popLast() {
                for link in next.links where link.reason == .batch && members.contains(link.other)
                    && !seen.contains(where: { $0.number == link.other }) {
                    guard let other = byNumber[link.other] else { continue }
                    seen.append(other)
                    frontier.append(other)
                }
            }
            return seen
        }
        func linked(_ one: WorkOrder, _ other: WorkOrder) -> Bool {
            one.links.contains { $0.other == other.number }
        }
        var reached = component(of: first)
        var pairs: [(WorkOrder, WorkOrder)] = []
        for order in group where !reached.contains(where: { $0.number == order.number }) {
            let joining = component(of: order)
            let anchor = reached.first { anchor in joining.contains { !linked(anchor, $0) } } ?? first
            let end = joining.first { !linked(anchor, $0) } ?? order
            pairs.append((anchor, end))
            reached += joining
        }
        return pairs
    }
}
