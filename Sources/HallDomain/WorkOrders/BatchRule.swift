/// When similar orders count as a batch (批量预警): at least `count` orders of one category
/// from one area received within `hours` hours of each other.
public struct BatchRule: Sendable, Equatable {
    public var count: Int
    public var hours: Int

    public init(count: Int = 3, hours: Int = 24) {
        self.count = count
        self.hours = hours
    }
}
