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

extension SlipCalled: ReadableBody {
    static func read(_ reader: inout BodyReader) -> SlipCalled? {
        var businessDay: String?, slip: String?, counter: Int?, clerk: String?, reason: String?, outOfTurn: String??
        guard reader.object({ reader, key in
            if key == "businessDay" { return reader.once(&businessDay) { $0.string() } }
            if key == "slip" { return reader.once(&slip) { $0.string() } }
            if key == "counter" { return reader.once(&counter) { $0.integer() } }
            if key == "clerk" { return reader.once(&clerk) { $0.string() } }
            if key == "reason" { return reader.once(&reason) { $0.string() } }
            if key == "outOfTurn" { return reader.onceOrNull(&outOfTurn) { $0.string() } }
            return false
        }), let businessDay, let slip, let counter, let clerk, let reason else { return nil }
        return SlipCalled(businessDay: businessDay, slip: slip, counter: counter, clerk: clerk, reason: reason, outOfTurn: outOfTurn ?? nil)
    }
}
