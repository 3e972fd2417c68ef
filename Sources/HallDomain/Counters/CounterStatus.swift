/// A counter's part of the day: who holds it, what slip is in hand, and the priority
/// streak the fairness rule needs.
public struct CounterStatus: Sendable, Equatable, Codable {
    public var number: Int
    public var state: CounterState
    /// The clerk who opened it; only they may act at it until it is closed.
    public var clerk: String?
    public var pauseReason: String?
    /// The slip called or being served, if any.
    public var slipInHand: String?
    /// Priority slips called in a row; an ordinary call resets it.
    public var priorityStreak: Int
    public var servedToday: Int

    public init(number: Int) {
        self.number = number
        self.state = .closed
        self.clerk = nil
        self.pauseReason = nil
        self.slipInHand = nil
        self.priorityStreak = 0
        self.servedToday = 0
    }
}
