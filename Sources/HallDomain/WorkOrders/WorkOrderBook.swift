import Foundation

/// The hall's work orders, in the order they were received. Unlike the queue they do not
/// belong to a business day: an order lives until it is closed and ruled, across days.
public struct WorkOrderBook: Sendable, Equatable, Codable {
    public var orders: [WorkOrder] = []
    /// Events naming an order the book does not hold, by type (a log not written by `decide`).
    public var unmatched: [String: Int] = [:]
    /// Improvement cases (改进案例), in the order they were opened.
    public var cases: [ImprovementCase] = []
    /// Suggested cases the coordinator dismissed, oldest first.
    public var dismissedSuggestions: [DismissedSuggestion] = []
    /// Where each number stands in `orders`, kept by `append` and `update` (see `OrderPositions`).
    private var positions = OrderPositions()

    private enum CodingKeys: String, CodingKey { case orders, unmatched, cases, dismissedSuggestions }

    public init() {}

    /// A snapshot written before cases existed decodes with none, which is right: its log
    /// had no case events.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        orders = try container.decode([WorkOrder].self, forKey: .orders)
        unmatched = try container.decode([String: Int].self, forKey: .unmatched)
        cases = try container.decodeIfPresent([ImprovementCase].self, forKey: .cases) ?? []
        dismissedSuggestions = try container.decodeIfPresent([DismissedSuggestion].self, forKey: .dismissedSuggestions) ?? []
        positions = OrderPositions(orders)
    }

    public func order(_ number: String) -> WorkOrder? {
        if let index = positions.known(number, in: orders) { return orders[index] }
        return orders.first { $0.number == number }
    }

    /// Adds a received order at the end.
    mutating func append(_ order: WorkOrder) {
        orders.append(order)
        positions.appended(order.number, at: orders.count - 1)
    }

    /// Applies `change` to the order `number`; false if there is no such order.
    mutating func update(_ number: String, _ change: (inout WorkOrder) -> Void) -> Bool {
        guard let index = positions.index(of: number, in: orders) else { return false }
        change(&orders[index])
        return true
    }

    public func orders(in status: WorkOrderStatus) -> [WorkOrder] {
        orders.filter { $0.status == status }
    }

    /// Orders that have missed a deadline at `now`, met late or still open.
    public func overdue(at now: Date) -> [WorkOrder] {
        orders.filter { !$0.overdue(at: now).isEmpty }
    }

    /// Major orders not yet acknowledged: they show on every coordinator's and the manager's screen.
    public var majorNotAcknowledged: [WorkOrder] {
        orders.filter(\.awaitsMajorAcknowledgement)
    }

    /// Closed orders still waiting for responsibility to be ruled (待定责).
    public var awaitingRuling: [WorkOrder] {
        orders.filter { $0.status == .closed && $0.responsibility == nil }
    }

    /// The number the next received order gets: 「GD000001」 upward.
    var nextNumber: String {
        let digits = String(orders.count + 1)
        return "GD" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
