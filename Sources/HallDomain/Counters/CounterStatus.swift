import Foundation

/// A counter's part of the day: who holds it, what slip is in hand, and the priority
/// streak the fairness rule needs.
public struct CounterStatus: Sendable, Equatable, Codable {
    public var number: Int
    public var state: CounterState
    /// The clerk who opened it; only they may act at it until it is closed.
    public var clerk: String?
    /// The terminal it is worked from, when known; other terminals must take it over first.
    public var terminal: String?
    /// When the clerk at `terminal` took it (opened, resumed or took it over).
    public var heldSince: Date?
    public var pauseReason: String?
    /// The slip called or being served, if any.
    public var slipInHand: String?
    /// Priority slips called in a row; an ordinary call resets it.
    public var priorityStreak: Int
    public var servedToday: Int
    /// The queues it serves, from the last `CounterOpened`; nil before it is opened today, or
    /// when it was opened by a log written before that event carried them.
    public var queues: [String]?
    public var idleWithCustomers: IdleWithCustomers

    public init(number: Int) {
        self.number = number
        self.state = .closed
        self.clerk = nil
        self.terminal = nil
        self.heldSince = nil
        self.pauseReason = nil
        self.slipInHand = nil
        self.priorityStreak = 0
        self.servedToday = 0
        self.queues = nil
        self.idleWithCustomers = .none
    }

    /// A snapshot written before the queues, the idle clock and the terminal existed decodes
    /// with them unknown and empty, as if the counter had not been idle yet today.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        state = try container.decode(CounterState.self, forKey: .state)
        clerk = try container.decodeIfPresent(String.self, forKey: .clerk)
        terminal = try container.decodeIfPresent(String.self, forKey: .terminal)
        heldSince = try container.decodeIfPresent(Date.self, forKey: .heldSince)
        pauseReason = try container.decodeIfPresent(String.self, forKey: .pauseReason)
        slipInHand = try container.decodeIfPresent(String.self, forKey: .slipInHand)
        priorityStreak = try container.decode(Int.self, forKey: .priorityStreak)
        servedToday = try container.decode(Int.self, forKey: .servedToday)
        queues = try container.decodeIfPresent([String].self, forKey: .queues)
        idleWithCustomers = try container.decodeIfPresent(IdleWithCustomers.self, forKey: .idleWithCustomers) ?? .none
    }
}
