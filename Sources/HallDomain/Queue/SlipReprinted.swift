import Foundation

/// The guide printed a slip again (the customer lost it, or the printer jammed): a second
/// paper with the same number now exists, so the log says so and who printed it. The slip
/// itself keeps its place; nothing about the queue changes.
public struct SlipReprinted: DayEvent {
    public static let type = "slipReprinted"
    public static let version = 1

    public var businessDay: String
    public var slip: String

    public init(businessDay: String, slip: String) {
        self.businessDay = businessDay
        self.slip = slip
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.slip(slip) != nil
    }
}
