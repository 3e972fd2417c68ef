import Foundation

/// Staffing from queueing theory: the M/M/c model (Poisson arrivals, exponential service,
/// `c` counters, one shared queue). It answers the manager's "how many counters do I need
/// now" from today's arrival and service rates in microseconds, where the simulator needs a
/// whole day; the simulator in turn checks that the model's answer is of the right size.
public struct ErlangC: Sendable, Equatable {
    /// Customers per minute.
    public var arrivalRate: Double
    /// Services one counter finishes per minute (1 ÷ mean service minutes).
    public var serviceRate: Double
    public var counters: Int

    public init(arrivalRate: Double, serviceRate: Double, counters: Int) {
        self.arrivalRate = arrivalRate
        self.serviceRate = serviceRate
        self.counters = counters
    }

    /// Offered load in Erlangs: how many counters the work would keep busy all the time.
    public var load: Double { arrivalRate / serviceRate }

    /// Share of the counters' time spent serving.
    public var utilisation: Double { load / Double(counters) }

    /// Whether the queue settles at all; at or above 1 it grows without end.
    public var isStable: Bool { load < Double(counters) }

    /// Erlang's C formula: the probability that an arriving customer has to wait, by the
    /// Erlang B recursion (no factorials, so no overflow for large halls). 1 when unstable.
    public var probabilityOfWaiting: Double {
        guard isStable else { return 1 }
        var blocking = 1.0
        for servers in 1...max(counters, 1) {
            blocking = load * blocking / (Double(servers) + load * blocking)
        }
        let c = Double(counters)
        return c * blocking / (c - load * (1 - blocking))
    }

    /// Mean wait in minutes over all customers (those served at once count as 0).
    public var meanWaitMinutes: Double {
        guard isStable else { return .infinity }
        return probabilityOfWaiting / (Double(counters) * serviceRate - arrivalRate)
    }

    /// Share of customers called within `minutes`.
    public func shareWithin(minutes: Double) -> Double {
        guard isStable else { return 0 }
        return 1 - probabilityOfWaiting * exp(-(Double(counters) * serviceRate - arrivalRate) * minutes)
    }

    /// The fewest counters whose mean wait is at most `targetMinutes` (the public commitment
    /// is an average), or nil when even `limit` counters are not enough.
    public static func countersNeeded(arrivalRate: Double, serviceRate: Double, meanWaitTargetMinutes: Double,
                                      limit: Int = 200) -> Int? {
        guard arrivalRate > 0 else { return arrivalRate == 0 ? 0 : nil }
        let start = max(1, Int((arrivalRate / serviceRate).rounded(.down)))
        return (start...max(start, limit)).first {
            ErlangC(arrivalRate: arrivalRate, serviceRate: serviceRate, counters: $0).meanWaitMinutes <= meanWaitTargetMinutes
        }
    }
}
