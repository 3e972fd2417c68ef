import Foundation

extension CaseSuggestion {
    /// How many orders of one category in one area over the period make a suggestion.
    public static let sameMatterCount = 3

    /// The candidate cases among orders received from `since` up to `now`: batch warnings
    /// first, then repeats, then same category and area; each holds only orders no case
    /// explains yet, and one a dismissal already covers is left out.
    ///
    /// A same-matter group wholly inside a batch warning is the same evidence twice, so
    /// only the batch is proposed.
    public static func find(book: WorkOrderBook, rule: BatchRule, since: Date, now: Date) -> [CaseSuggestion] {
        let explained = book.explainedOrders
        let inPeriod = book.orders.filter { $0.receivedAt >= since && $0.receivedAt <= now && !explained.contains($0.number) }
        let batches = batchSuggestions(book: book, rule: rule, since: since, now: now, explained: explained)
        let batched = Set(batches.flatMap(\.orders))
        let candidates = batches + repeatSuggestions(book: book, inPeriod: inPeriod, explained: explained)
            + sameMatterSuggestions(inPeriod).filter { !batched.isSuperset(of: $0.orders) }
        return candidates.filter { suggestion in !book.dismissedSuggestions.contains { $0.hides(suggestion) } }
    }

    private static func batchSuggestions(book: WorkOrderBook, rule: BatchRule, since: Date, now: Date,
                                         explained: Set<String>) -> [CaseSuggestion] {
        BatchWarning.find(book: book, rule: rule, now: now)
            .filter { $0.lastReceivedAt >= since }
            .compactMap { warning in
                let open = warning.orders.filter { !explained.contains($0) }
                guard open.count >= max(rule.count, 2), let first = warning.orders.first else { return nil }
                return CaseSuggestion(key: "batch-\(first)", kind: .batch, category: warning.category, area: warning.area, orders: open)
            }
            .sorted { $0.orders[0] < $1.orders[0] }
    }

    /// Groups joined by `repeatOf` or a repeat link, over all orders, so the key does not
    /// depend on the period; a group is proposed when one of its repeats falls in it.
    private static func repeatSuggestions(book: WorkOrderBook, inPeriod: [WorkOrder], explained: Set<String>) -> [CaseSuggestion] {
        var neighbours: [String: [String]] = [:]
        for order in book.orders {
            let others = (order.repeatOf.map { [$0] } ?? []) + order.links.filter { $0.reason == .repeat }.map(\.other)
            for other in others {
                neighbours[order.number, default: []].append(other)
                neighbours[other, default: []].append(order.number)
            }
        }
        var seen: Set<String> = []
        var suggestions: [CaseSuggestion] = []
        for order in inPeriod where neighbours[order.number] != nil && !seen.contains(order.number) {
            var group: Set<String> = [order.number]
            var frontier = [order.number]
            while let next = frontier.popLast() {
                for other in neighbours[next] ?? [] where group.insert(other).inserted { frontier.append(other) }
            }
            seen.formUnion(group)
            let members = book.orders.map(\.number).filter(group.contains)
            let open = members.filter { !explained.contains($0) }
            if open.count >= 2, let first = members.first {
                suggestions.append(CaseSuggestion(key: "repeat-\(first)", kind: .repeat, category: nil, area: nil, orders: open))
            }
        }
        return suggestions.sorted { $0.orders[0] < $1.orders[0] }
    }

    private static func sameMatterSuggestions(_ inPeriod: [WorkOrder]) -> [CaseSuggestion] {
        let withArea = inPeriod.filter { !$0.customer.area.isEmpty }
        let groups = Dictionary(grouping: withArea) { "\($0.category)-\($0.customer.area)" }
        return groups.compactMap { key, orders in
            guard orders.count >= sameMatterCount else { return nil }
            return CaseSuggestion(key: "area-\(key)", kind: .sameMatter, category: orders[0].category, area: orders[0].customer.area,
                                  orders: orders.map(\.number))
        }
        .sorted { $0.orders[0] < $1.orders[0] }
    }
}
