import Foundation

/// The manager's "how many counters do I need now": the last hour's arrivals and today's
/// service minutes put through Erlang C against the hall's wait target. A pure reading of
/// the day, so the panel can ask it every frame and a test can pin it down.
public struct StaffingNeed: Sendable, Equatable {
    /// Below this many slips in the last hour the rate is too uncertain to act on.
    public static let minimumArrivals = 5
    /// The window the arrival rate is measured over.
    public static let windowMinutes = 60.0

    /// Slips issued in the last hour.
    public var arrivalsLastHour: Int
    /// Counters open (not paused, not closed) now, and all the hall has.
    public var openCounters: Int
    public var configuredCounters: Int
    /// Mean counter minutes of today's finished services, or of the catalog's figures for
    /// the last hour's business types while none has finished.
    public var meanServiceMinutes: Double
    /// Whether `meanServiceMinutes` is the catalog's figure, not today's.
    public var serviceFromCatalog: Bool
    /// The fewest counters that keep the mean wait within the target; nil when there were
    /// too few arrivals to say, or when no number of counters would.
    public var countersNeeded: Int?
    public var targetMinutes: Int
    /// Slips waiting now, and their typical counter minutes in all: Erlang C speaks of a
    /// steady hour and knows nothing of a queue already standing in the hall.
    public var waiting: Int
    public var backlogMinutes: Double
    /// The fewest counters that call everyone waiting within the target while keeping up
    /// with the arrivals: offered load + backlog ÷ target, rounded up; nil as `countersNeeded`.
    public var countersToClearBacklog: Int?

    public init(day: HallDay, catalog: Catalog, now: Date) {
        let since = now.addingTimeInterval(-Self.windowMinutes * 60)
        let recent = day.slips.filter { $0.issuedAt > since && $0.issuedAt <= now }
        let finished = day.slips.compactMap(\.serviceMinutes)
        arrivalsLastHour = recent.count
        openCounters = day.counters.count { $0.state == .open }
        configuredCounters = catalog.counters.count
        targetMinutes = catalog.hall.waitTargetMinutes
        if let today = WaitStatistics.average(finished) {
            meanServiceMinutes = today
            serviceFromCatalog = false
        } else {
            meanServiceMinutes = WaitStatistics.average(recent.compactMap { catalog.businessType(code: $0.businessType)?.serviceMinutes }) ?? 0
            serviceFromCatalog = true
        }
        let estimator = WaitEstimator(catalog: catalog, day: day, now: now)
        let standing = day.slips.filter { $0.status == .waiting }
        waiting = standing.count
        backlogMinutes = standing.map { estimator.typicalMinutes($0.businessType) }.reduce(0, +)
        let enough = recent.count >= Self.minimumArrivals && meanServiceMinutes > 0 && targetMinutes > 0
        let arrivalRate = Double(recent.count) / Self.windowMinutes
        countersNeeded = enough
            ? ErlangC.countersNeeded(arrivalRate: arrivalRate, serviceRate: 1 / meanServiceMinutes,
                                     meanWaitTargetMinutes: Double(targetMinutes))
            : nil
        countersToClearBacklog = enough
            ? Int((arrivalRate * meanServiceMinutes + backlogMinutes / Double(targetMinutes)).rounded(.up))
            : nil
    }

    /// What to open: enough for the steady flow and for the queue already standing.
    public var recommended: Int? {
        guard let countersNeeded else { return nil }
        return max(countersNeeded, countersToClearBacklog ?? 0)
    }

    /// Minutes until `counters` would call the last of those waiting while keeping up with
    /// the arrivals; nil when they cannot keep up at all, or there is no rate to go on.
    public func minutesToReachEveryone(counters: Int) -> Double? {
        guard countersNeeded != nil else { return nil }
        let spare = Double(counters) - Double(arrivalsLastHour) / Self.windowMinutes * meanServiceMinutes
        return spare > 0 ? backlogMinutes / spare : nil
    }

    /// Whether the queue already standing, not the flow, decides `recommended`.
    public var backlogDecides: Bool {
        guard let countersNeeded, let countersToClearBacklog else { return false }
        return countersToClearBacklog > countersNeeded
    }

    /// Whether the last hour had enough arrivals to estimate from.
    public var hasEnoughArrivals: Bool { arrivalsLastHour >= Self.minimumArrivals }
}
