import Foundation

/// The clerk closed the counter and let go of it.
public struct CounterClosed: DayEvent {
    public static let type = "counterClosed"
    public static let version = 1

    public var businessDay: String
    public var counter: Int
    public var clerk: String

    public init(businessDay: String, counter: Int, clerk: String) {
        self.businessDay = businessDay
        self.counter = counter
        self.clerk = clerk
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateCounter(counter) {
            $0.state = .closed
            $0.clerk = nil
            $0.terminal = nil
            $0.heldSince = nil
            $0.pauseReason = nil
            $0.priorityStreak = 0
        }
        return true
    }
}
