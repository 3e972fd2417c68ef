import Foundation

/// A slip moved to another queue (wrong business, or a second business after the first).
/// It keeps its number and issue time, so it keeps its place; if a counter held it, the
/// counter's hand is free again.
public struct SlipTransferred: DayEvent {
    public static let type = "slipTransferred"
    public static let version = 1

    public var businessDay: String
    public var slip: String
    public var from: String
    public var to: String
    /// The counter that held it, if it was called or being served.
    public var counter: Int?

    public init(businessDay: String, slip: String, from: String, to: String, counter: Int?) {
        self.businessDay = businessDay
        self.slip = slip
        self.from = from
        self.to = to
        self.counter = counter
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        let found = day.updateSlip(slip) {
            $0.transferredFrom.append(from)
            $0.queue = to
            $0.status = .waiting
            $0.counter = nil
            $0.calledAt = nil
            $0.startedAt = nil
            $0.recallCount = 0
        }
        if let counter {
            day.updateCounter(counter) { if $0.slipInHand == slip { $0.slipInHand = nil } }
        }
        return found
    }
}
