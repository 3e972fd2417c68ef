import Foundation

/// A counter that was open on one terminal is now worked from another, after the person
/// at the new terminal confirmed it (the terminal and clerk it came from are kept).
///
/// Taking over is its own event, not a second `CounterOpened`, so the log says plainly
/// that a counter changed hands mid-session and from whom; the slip in hand, the queues
/// and the pause (if any) stay as they were.
public struct CounterTakenOver: DayEvent {
    public static let type = "counterTakenOver"
    public static let version = 1

    public var businessDay: String
    public var counter: Int
    public var clerk: String
    /// Nil only when decided without a terminal (a test of the rules alone).
    public var terminal: String?
    public var previousClerk: String?
    public var previousTerminal: String?

    public init(businessDay: String, counter: Int, clerk: String, terminal: String?, previousClerk: String?, previousTerminal: String?) {
        self.businessDay = businessDay
        self.counter = counter
        self.clerk = clerk
        self.terminal = terminal
        self.previousClerk = previousClerk
        self.previousTerminal = previousTerminal
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        guard day.counter(counter).state != .closed else { return false }
        day.updateCounter(counter) {
            $0.clerk = clerk
            $0.terminal = terminal
            $0.heldSince = time
        }
        return true
    }
}
