import Foundation

/// The clerk paused the counter (lunch, a system fault); it keeps its clerk.
public struct CounterPaused: DayEvent {
    public static let type = "counterPaused"
    public static let version = 1

    public var businessDay: String
    public var counter: Int
    public var clerk: String
    public var reason: String

    public init(businessDay: String, counter: Int, clerk: String, reason: String) {
        self.businessDay = businessDay
        self.counter = counter
        self.clerk = clerk
        self.reason = reason
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateCounter(counter) {
            $0.state = .paused
            $0.pauseReason = reason
        }
        return true
    }
}
