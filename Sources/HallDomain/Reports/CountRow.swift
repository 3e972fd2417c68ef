/// A name and how many: one line of a "received by …" table.
public struct CountRow: Sendable, Equatable, Codable {
    public var label: String
    public var count: Int

    public init(label: String, count: Int) {
        self.label = label
        self.count = count
    }

    /// Most first, then by name, so the table reads the same on every run.
    static func rows(_ counts: [String: Int]) -> [CountRow] {
        counts.map { CountRow(label: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.label < $1.label }
    }
}
