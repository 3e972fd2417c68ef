import Foundation

/// A clerk took a counter (or resumed it after a pause); only they act at it until it closes.
public struct CounterOpened: DayEvent {
    public static let type = "counterOpened"
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
            $0.state = .open
            $0.clerk = clerk
            $0.pauseReason = nil
        }
        return true
    }
}
