import Foundation

/// The called customer did not come; the slip is parked and may be reinstated for a while.
public struct SlipMarkedNoShow: DayEvent {
    public static let type = "slipMarkedNoShow"
    public static let version = 1

    public var businessDay: String
    public var slip: String
    public var counter: Int
    public var clerk: String

    public init(businessDay: String, slip: String, counter: Int, clerk: String) {
        self.businessDay = businessDay
        self.slip = slip
        self.counter = counter
        self.clerk = clerk
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        let found = day.updateSlip(slip) {
            $0.status = .noShow
            $0.counter = nil
            $0.noShowAt = time
        }
        day.updateCounter(counter) { if $0.slipInHand == slip { $0.slipInHand = nil } }
        return found
    }
}
