import Foundation

/// The guide filled in the business's forms with the customer while they waited.
public struct FormsPrefilled: DayEvent {
    public static let type = "formsPrefilled"
    public static let version = 1

    public var businessDay: String
    public var slip: String

    public init(businessDay: String, slip: String) {
        self.businessDay = businessDay
        self.slip = slip
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateSlip(slip) { $0.formsPrefilled = true }
    }
}
