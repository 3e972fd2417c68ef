/// Orders received in one category this period against the period before.
public struct CategoryChange: Sendable, Equatable, Codable {
    public var category: String
    public var previous: Int
    public var current: Int
    public var change: Int { current - previous }
    /// The change as a share of the previous count; nil when the category is new.
    public var changeRate: Double? { previous == 0 ? nil : Double(change) / Double(previous) }

    public init(category: String, previous: Int, current: Int) {
        self.category = category
        self.previous = previous
        self.current = current
    }

    /// Every category seen in either period, biggest growth first (then by name).
    static func changes(current: [CountRow], previous: [CountRow]) -> [CategoryChange] {
        var counts: [String: (previous: Int, current: Int)] = [:]
        for row in previous { counts[row.label, default: (0, 0)].previous = row.count }
        for row in current { counts[row.label, default: (0, 0)].current = row.count }
        return counts.map { CategoryChange(category: $0.key, previous: $0.value.previous, current: $0.value.current) }
            .sorted { $0.change != $1.change ? $0.change > $1.change : $0.category < $1.category }
    }
}
