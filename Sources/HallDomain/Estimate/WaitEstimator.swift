import Foundation

/// The first wait estimate: work ahead divided by the counters serving the queue.
///
/// For a queue: the typical service minutes of every slip that will be called before this
/// one (learned from finished services, else the catalog's figure), plus half a typical service for each of
/// the queue's slips already at a counter (on average half done), divided by the queue's
/// counter capacity. A counter serving k queues gives each 1/k of itself; only open
/// counters count, or all configured ones when none is open (said in `basis`, as is a queue
/// that no open counter serves while others are open).
public struct WaitEstimator: Sendable {
    /// v1 learned a decaying average of today's services only; v2 a trimmed mean kept
    /// across days and by hour (`ServiceTimes`).
    public static let method = "serviceAverageByType.v2"

    public var catalog: Catalog
    public var day: HallDay
    /// The hour of `now` picks the hour's service times where there are enough.
    public var now: Date

    public init(catalog: Catalog, day: HallDay, now: Date) {
        self.catalog = catalog
        self.day = day
        self.now = now
    }

    /// For a customer joining `queue` now with `priority`.
    public func forNewArrival(queue: String, priority: PriorityClass?) -> WaitEstimate {
        estimate(queue: queue, ahead: PriorityOrder.ahead(ofNewcomerIn: queue, priority: priority, in: day))
    }

    /// For a slip already waiting: what is ahead of it now.
    public func forSlip(_ slip: QueueSlip) -> WaitEstimate {
        estimate(queue: slip.queue, ahead: PriorityOrder.ahead(of: slip, in: day))
    }

    /// Typical minutes at the counter for a business type at this hour.
    public func typicalMinutes(_ businessType: String) -> Double {
        if let learned = day.serviceTimes.typicalMinutes(businessType, hour: day.localHour(of: now)) { return learned }
        if let seed = catalog.businessType(code: businessType)?.serviceMinutes { return seed }
        let all = catalog.businessTypes.map(\.serviceMinutes)
        return all.isEmpty ? 0 : all.reduce(0, +) / Double(all.count)
    }

    /// Counters serving a queue, each weighted 1/k for the k queues it serves.
    public func capacity(queue: String) -> (counters: Double, basis: CounterBasis) {
        let serving = catalog.counters.filter { $0.queues.contains(queue) }
        let share: (CounterDefinition) -> Double = { 1 / Double($0.queues.count) }
        let basis = CounterBasis.of(queue: queue, catalog: catalog, day: day)
        switch basis {
        case .openCounters: return (serving.filter { day.counter($0.number).state == .open }.map(share).reduce(0, +), basis)
        case .allConfiguredCounters, .noOpenCounterServes: return (serving.map(share).reduce(0, +), basis)
        case .noCounterConfigured: return (1, basis)
        }
    }

    private func estimate(queue: String, ahead: [QueueSlip]) -> WaitEstimate {
        let inProgress = day.slips.filter { $0.queue == queue && $0.status.isInHand }
        let work = ahead.map { typicalMinutes($0.businessType) }.reduce(0, +)
            + inProgress.map { typicalMinutes($0.businessType) / 2 }.reduce(0, +)
        let (counters, basis) = capacity(queue: queue)
        let expected = (work / counters * 10).rounded() / 10
        return WaitEstimate(method: WaitEstimator.method, peopleAhead: ahead.count, expectedMinutes: expected,
                            rangeFrom: expected * 0.8, to: expected * 1.25, basis: basis)
    }
}
