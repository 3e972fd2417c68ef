import Foundation

/// A counter called a slip, with the reason the fairness rule chose it (shown on screen).
/// A 指定呼叫 — the clerk calling a given number out of the rule's order — carries the
/// clerk's own reason in `outOfTurn`; absent for every call the rule chose, so logs written
/// before it existed replay unchanged and ordinary calls encode as they always did.
public struct SlipCalled: DayEvent {
    public static let type = "slipCalled"
    public static let version = 1

    public var businessDay: String
    public var slip: String
    public var counter: Int
    public var clerk: String
    public var reason: String
    public var outOfTurn: String?

    public init(businessDay: String, slip: String, counter: Int, clerk: String, reason: String, outOfTurn: String? = nil) {
        self.businessDay = businessDay
        self.slip = slip
        self.counter = counter
        self.clerk = clerk
        self.reason = reason
        self.outOfTurn = outOfTurn
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        var priority: PriorityClass?
        let found = day.updateSlip(slip) {
            $0.status = .called
            $0.counter = counter
            $0.calledAt = time
            $0.startedAt = nil
            $0.recallCount = 0
            if $0.firstCalledAt == nil { $0.firstCalledAt = time }
            priority = $0.priority
        }
        guard found else { return false }
        day.updateCounter(counter) {
            $0.slipInHand = slip
            $0.priorityStreak = priority == nil ? 0 : $0.priorityStreak + 1
        }
        return true
    }
}
