import Foundation

/// Time a counter sat idle while its queues had customers, today: the manager's measure of
/// capacity lost on the floor, as opposed to a quiet counter with nobody to serve.
///
/// A counter is *idle while its queues had customers* during any stretch in which all of
/// these hold: it is open (not paused, not closed), it has no slip in hand (none called or
/// being served), and at least one slip is waiting in one of the queues it serves.
///
/// State changes only at events, so `evolve` settles each counter after every event at that
/// event's time: a stretch starts at the event that made the counter idle with customers
/// and ends at the event that stopped it. The stretch still open is counted up to `now` by
/// `minutes(at:)`, which is what the screens ask for.
public struct IdleWithCustomers: Sendable, Equatable, Codable {
    /// Seconds of the stretches that have ended today.
    public var settledSeconds: Double
    /// When the current stretch began; nil when the counter is not idle with customers.
    public var since: Date?

    public static let none = IdleWithCustomers(settledSeconds: 0, since: nil)

    public init(settledSeconds: Double, since: Date?) {
        self.settledSeconds = settledSeconds
        self.since = since
    }

    /// Today's total up to `now`, the open stretch included. A `now` before the stretch
    /// began (a terminal whose clock is behind the log) adds nothing rather than subtracting.
    public func minutes(at now: Date) -> Double {
        let open = since.map { max(0, now.timeIntervalSince($0)) } ?? 0
        return (settledSeconds + open) / 60
    }

    /// Starts or ends a stretch at `time`, the instant of the event just folded.
    mutating func settle(idle: Bool, at time: Date) {
        switch (idle, since) {
        case (true, nil):
            since = time
        case (false, let start?):
            settledSeconds += max(0, time.timeIntervalSince(start))
            since = nil
        default:
            break
        }
    }
}

extension CounterStatus {
    /// Whether the counter is idle while its queues have customers in `day` (see
    /// `IdleWithCustomers`). A counter opened by a log written before `CounterOpened`
    /// carried its queues does not know them and is never counted idle.
    func isIdleWithCustomers(in day: HallDay) -> Bool {
        guard state == .open, slipInHand == nil, let queues else { return false }
        return day.hasWaiting(in: queues)
    }
}

extension HallDay {
    /// Brings every counter's idle clock up to date after an event at `time`: any event
    /// can start or end a stretch (a slip issued, a counter opened, a slip called elsewhere
    /// emptying a shared queue).
    mutating func settleIdleWithCustomers(at time: Date) {
        // Every counter is judged on the day as it stands before any is settled; the
        // judgements are taken first so that settling changes the one copy of the counters
        // rather than copying them all for every event.
        let idle = counters.map { $0.isIdleWithCustomers(in: self) }
        for index in counters.indices {
            counters[index].idleWithCustomers.settle(idle: idle[index], at: time)
        }
    }
}
