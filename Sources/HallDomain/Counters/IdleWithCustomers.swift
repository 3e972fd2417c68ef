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

extension HallDay {
    /// Brings every counter's idle clock up to date after an event at `time`: any event
    /// can start or end a stretch (a slip issued, a counter opened, a slip called elsewhere
    /// emptying a shared queue).
    mutating func settleIdleWithCustomers(at time: Date) {
        // Settling changes only the idle clocks, which no judgement reads, so each counter
        // is judged and settled in turn, in place: replay runs this after every queue event,
        // and copying the counters into a list of judgements, or reading every slip once
        // per open counter, was a tenth of a full replay. The queues with someone waiting
        // are looked for once, and only when a free open counter asks.
        var waiting: [String]?
        for index in counters.indices {
            var idle = false
            if asksWhoIsWaiting(index), let queues = counters[index].queues {
                if waiting == nil { waiting = queuesWithWaiting() }
                idle = queues.contains { waiting!.contains($0) }
            }
            counters[index].idleWithCustomers.settle(idle: idle, at: time)
        }
    }

    /// Queues at least one waiting slip is in, each once: enough of them to answer every
    /// counter that asks as all of them would. Slips are read newest first, where the
    /// waiting ones are, and reading stops once every counter that asks has one of its
    /// queues found: a day's early slips are long served, and replay asks after every event.
    private func queuesWithWaiting() -> [String] {
        var queues: [String] = []
        for index in slips.indices.reversed() where slips[index].status == .waiting && !queues.contains(slips[index].queue) {
            queues.append(slips[index].queue)
            let answered = counters.indices.allSatisfy { counter in
                !asksWhoIsWaiting(counter) || counters[counter].queues!.contains { queues.contains($0) }
            }
            if answered { break }
        }
        return queues
    }

    /// Whether the counter at `index` is open, free and knows its queues: idle while its
    /// queues have customers if anyone waits in them. Read field by field: a property of
    /// the counter copied the whole counter out of the array on every look.
    private func asksWhoIsWaiting(_ index: Int) -> Bool {
        counters[index].state == .open && counters[index].slipInHand == nil && counters[index].queues != nil
    }
}
