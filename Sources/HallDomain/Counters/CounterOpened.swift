import Foundation

/// A clerk took a counter (or resumed it after a pause); only they act at it until it closes.
///
/// It carries the letters of the queues the counter serves, as the catalog had them when it
/// opened, because `evolve` has no catalog and needs them to tell when the counter sits
/// idle while its queues have customers (see `IdleWithCustomers`).
public struct CounterOpened: DayEvent {
    public static let type = "counterOpened"
    public static let version = 1

    public var businessDay: String
    public var counter: Int
    public var clerk: String
    /// The queues the counter serves, in its order. Optional, so the version stays 1: a body
    /// written before the field existed decodes with nil (the counter's queues unknown), and
    /// an older HallDesk reading a newer log ignores the key instead of losing the event.
    public var queues: [String]?
    /// The terminal it was opened on, so a second terminal opening it is told where it is
    /// open and must take it over explicitly (`CounterTakenOver`). Optional for the same
    /// reason as `queues`; nil also when it was opened without a terminal (the simulator).
    public var terminal: String?

    public init(businessDay: String, counter: Int, clerk: String, queues: [String]?, terminal: String? = nil) {
        self.businessDay = businessDay
        self.counter = counter
        self.clerk = clerk
        self.queues = queues
        self.terminal = terminal
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateCounter(counter) {
            $0.state = .open
            $0.clerk = clerk
            $0.pauseReason = nil
            $0.queues = queues
            $0.terminal = terminal
            $0.heldSince = time
        }
        return true
    }
}
