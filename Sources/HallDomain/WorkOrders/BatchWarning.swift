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
            where group.contains(where: { $0.status != .closed }) && !linkedAsOneBatch(group) {
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

    /// Whether batch links join every order of `run` into one group.
    private static func linkedAsOneBatch(_ run: [WorkOrder]) -> Bool {
        let numbers = Set(run.map(\.number))
        let links = Dictionary(uniqueKeysWithValues: run.map { order in
            (order.number, order.links.filter { $0.reason == .batch && numbers.contains($0.other) }.map(\.other))
        })
        var reached: Set<String> = [run[0].number]
        var frontier = [run[0].number]
        while let next = frontier.popLast() {
            for other in links[next] ?? [] where reached.insert(other).inserted { frontier.append(other) }
        }
        return reached.count == run.count
    }
}
