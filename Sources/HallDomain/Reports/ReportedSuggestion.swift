/// A candidate improvement case the report proposes (from `CaseSuggestion`) that nobody
/// has opened or dismissed yet; its key is what `halldesk case dismiss` names.
public struct ReportedSuggestion: Sendable, Equatable, Codable {
    public var key: String
    public var kind: CaseSuggestionKind
    public var category: String?
    public var area: String?
    public var orders: [String]

    public init(key: String, kind: CaseSuggestionKind, category: String?, area: String?, orders: [String]) {
        self.key = key
        self.kind = kind
        self.category = category
        self.area = area
        self.orders = orders
    }

    init(_ suggestion: CaseSuggestion) {
        self.init(key: suggestion.key, kind: suggestion.kind, category: suggestion.category, area: suggestion.area,
                  orders: suggestion.orders)
    }
}
