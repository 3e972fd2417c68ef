import Foundation

/// A suggestion the coordinator judged not to be one root cause, with the orders it had
/// then: it stays hidden until an order outside those joins its group.
public struct DismissedSuggestion: Sendable, Equatable, Codable {
    public var key: String
    public var orders: [String]
    public var reason: String
    public var time: Date
    public var actor: String

    public init(key: String, orders: [String], reason: String, time: Date, actor: String) {
        self.key = key
        self.orders = orders
        self.reason = reason
        self.time = time
        self.actor = actor
    }

    /// Whether this dismissal already covers every order of `suggestion`.
    func hides(_ suggestion: CaseSuggestion) -> Bool {
        key == suggestion.key && Set(orders).isSuperset(of: suggestion.orders)
    }
}
