import Foundation

/// The counter called its slip again; `count` is how many re-calls so far.
public struct SlipRecalled: DayEvent {
    public static let type = "slipRecalled"
    public static let version = 1

    public var businessDay: String
    public var slip: String
    public var counter: Int
    public var clerk: String
    public var count: Int

    public init(businessDay: String, slip: String, counter: Int, clerk: String, count: Int) {
        self.businessDay = businessDay
        self.slip = slip
        self.counter = counter
        self.clerk = clerk
        self.count = count
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateSlip(slip) { $0.recallCount = count }
    }
}
