/// The counter-side limits a hall configures in `hall.toml`.
public struct QueueRules: Sendable, Equatable, Codable {
    /// How many times a clerk may re-call a slip before marking it a no-show.
    public var recallLimit: Int
    /// How long a no-show slip can be reinstated, in minutes after it was marked.
    public var reinstateMinutes: Int
    public var priority: PriorityRule

    public init(recallLimit: Int, reinstateMinutes: Int, priority: PriorityRule) {
        self.recallLimit = recallLimit
        self.reinstateMinutes = reinstateMinutes
        self.priority = priority
    }
}
