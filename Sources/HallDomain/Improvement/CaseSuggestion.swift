/// A group of orders not yet explained by any improvement case that may share one root
/// cause: what the coordinator is invited to open a case for, or dismiss.
public struct CaseSuggestion: Sendable, Equatable {
    /// Stable across periods and new orders, so a dismissal can name it: 「area-FWTD-天河北」,
    /// 「repeat-GD000002」, 「batch-GD000007」.
    public var key: String
    public var kind: CaseSuggestionKind
    /// The category and area the orders share; nil for repeats, which share a customer.
    public var category: String?
    public var area: String?
    /// The orders of the group not yet in a case, in receipt order.
    public var orders: [String]

    public init(key: String, kind: CaseSuggestionKind, category: String?, area: String?, orders: [String]) {
        self.key = key
        self.kind = kind
        self.category = category
        self.area = area
        self.orders = orders
    }
}
