import Foundation

/// A no-show customer came back in time: the slip waits again with its original issue
/// time, so it is next in its class rather than at the back.
public struct SlipReinstated: DayEvent {
    public static let type = "slipReinstated"
    public static let version = 1

    public var businessDay: String
    public var slip: String

    public init(businessDay: String, slip: String) {
        self.businessDay = businessDay
        self.slip = slip
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.updateSlip(slip) {
            $0.status = .waiting
            $0.noShowAt = nil
            $0.recallCount = 0
        }
    }
}
