import HallDomain
import TermUI

/// The part both work-order panes share: which order is selected (by number, so it stays
/// put while other terminals add orders), the `/` filter, and the detail page with its scroll.
struct WorkOrderBrowser: Sendable, Equatable {
    var selected: String?
    var filter = WorkOrderFilter("")
    var showingDetail = false
    var detailScroll = 0

    /// The selected order's index in `orders`, falling back to the first.
    func index(in orders: [WorkOrder]) -> Int? {
        guard !orders.isEmpty else { return nil }
        return orders.firstIndex { $0.number == selected } ?? 0
    }

    func current(in orders: [WorkOrder]) -> WorkOrder? {
        index(in: orders).map { orders[$0] }
    }

    /// Moves the selection or scrolls the detail page; true when the key was a movement.
    mutating func move(_ key: Key, in orders: [WorkOrder], page: Int) -> Bool {
        let delta: Int
        switch key {
        case .up: delta = -1
        case .down: delta = 1
        case .pageUp: delta = -max(1, page)
        case .pageDown: delta = max(1, page)
        case .home: delta = Int.min / 2
        case .end: delta = Int.max / 2
        default: return false
        }
        if showingDetail {
            detailScroll = max(0, detailScroll.addingReportingOverflow(delta).partialValue)
        } else if let index = index(in: orders) {
            selected = orders[max(0, min(orders.count - 1, index.addingReportingOverflow(delta).partialValue))].number
        }
        return true
    }

    mutating func openDetail() {
        showingDetail = true
        detailScroll = 0
    }
}
