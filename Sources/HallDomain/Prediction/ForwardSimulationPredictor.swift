import Foundation

/// Plays the queue as it stands forward `runs` times (`QueueForecast`) and tells the
/// median wait, with the 10th to 90th percentile as the range on the slip. Unlike the
/// rules that divide work by counters, it knows which counter calls which queue first,
/// that a counter shared by three queues does not give each a third of itself, how long
/// the services in hand have already run, and the fairness rule.
///
/// Each estimate draws from its own seed, made from the day, the queue and how many
/// slips the day holds, so replaying a log gives the same figures.
public struct ForwardSimulationPredictor: WaitPredictor {
    public static let method = "forwardSimulation.v1"

    /// Runs when few wait. A long queue gets fewer (`runs(waiting:)`): its wait is the sum
    /// of many services, whose spread shrinks as they add up, and each run costs a step per
    /// slip ahead.
    public var runs: Int
    /// σ of the logarithm of service times: the simulator's scenarios assume 0.5.
    public var dispersion: Double

    public init(runs: Int = 200, dispersion: Double = 0.5) {
        self.runs = runs
        self.dispersion = dispersion
    }

    /// About 10,000 steps in all, and never fewer than 20 runs.
    func runs(waiting: Int) -> Int {
        min(runs, max(20, 10_000 / max(1, waiting)))
    }

    public var method: String { Self.method }

    public func predict(queue: String, priority: PriorityClass?, day: HallDay, catalog: Catalog, now: Date) -> WaitEstimate {
        let estimator = WaitEstimator(catalog: catalog, day: day, now: now)
        let (counters, basis) = forecastCounters(queue: queue, estimator: estimator)
        let newcomer = QueueForecast.Slip(queue: queue, priority: priority, issuedAt: now, meanMinutes: 0)
        let waiting = day.slips.filter { $0.status == .waiting }.map {
            QueueForecast.Slip(queue: $0.queue, priority: $0.priority, issuedAt: $0.issuedAt,
                               meanMinutes: estimator.typicalMinutes($0.businessType))
        }
        let forecast = QueueForecast(slips: waiting + [newcomer], arrivals: Self.arrivals(estimator), counters: counters, rule: catalog.rules.priority, now: now,
                                     dispersion: dispersion)
        let waits = forecast.waits(runs: runs(waiting: waiting.count), seed: Self.seed(day: day, queue: queue, priority: priority))
        guard !waits.isEmpty else {
            var fallback = estimator.forNewArrival(queue: queue, priority: priority)
            fallback.method = method
            return fallback
        }
        let ahead = PriorityOrder.ahead(ofNewcomerIn: queue, priority: priority, in: day).count
        let median = waits[waits.count / 2]
        return WaitEstimate(method: method, peopleAhead: ahead, expectedMinutes: (median * 10).rounded() / 10,
                            rangeFrom: waits[waits.count / 10], to: waits[waits.count * 9 / 10], basis: basis)
    }

    /// The open counters with what they hold; when none serving the queue is open, every
    /// configured counter, free now, as the other rules assume too (the basis says which
    /// case it is, and a slip for a queue no open counter serves promises no figure).
    private func forecastCounters(queue: String, estimator: WaitEstimator) -> ([QueueForecast.Counter], CounterBasis) {
        let day = estimator.day
        let open = estimator.catalog.counters.filter { day.counter($0.number).state == .open }
        guard open.contains(where: { $0.queues.contains(queue) }) else {
            let all = estimator.catalog.counters.map { QueueForecast.Counter(queues: $0.queues, busyFor: { _ in 0 }, streak: 0) }
            return (all, CounterBasis.of(queue: queue, catalog: estimator.catalog, day: day))
        }
        let dispersion = dispersion
        let counters = open.map { definition in
            let status = day.counter(definition.number)
            let inHand = status.slipInHand.flatMap { day.slip($0) }
            let since = inHand.flatMap { $0.startedAt ?? $0.calledAt }
            let mean = inHand.map { estimator.typicalMinutes($0.businessType) } ?? 0
            let elapsed = since.map { ElapsedMinutes.between($0, estimator.now) } ?? 0
            return QueueForecast.Counter(queues: definition.queues, busyFor: { random in
                guard inHand != nil else { return 0 }
                return Self.remaining(mean: mean, elapsed: elapsed, dispersion: dispersion, random: &random)
            }, streak: status.priorityStreak)
        }
        return (counters, .openCounters)
    }

    /// Each queue's arrivals over the last hour, or since the first slip of the day when that
    /// is more recent; none assumed in the first ten minutes, too few to tell a rate.
    static func arrivals(_ estimator: WaitEstimator) -> [QueueForecast.Arrivals] {
        let now = estimator.now
        guard let first = estimator.day.slips.first?.issuedAt else { return [] }
        let window = min(60, ElapsedMinutes.between(first, now))
        guard window >= 10 else { return [] }
        let recent = estimator.day.slips.filter { now.timeIntervalSince($0.issuedAt) / 60 <= window && $0.issuedAt <= now }
        return Dictionary(grouping: recent, by: \.queue).sorted { $0.key < $1.key }.map { queue, slips in
            QueueForecast.Arrivals(queue: queue, perMinute: Double(slips.count) / window,
                                   priorityShare: Double(slips.count { $0.priority != nil }) / Double(slips.count),
                                   meanMinutes: slips.map { estimator.typicalMinutes($0.businessType) }.reduce(0, +) / Double(slips.count))
        }
    }

    /// A service that has run `elapsed` minutes: a draw of its whole length given that it
    /// is longer than that, less what has run. One that has outrun every draw is taken to
    /// be in its last quarter.
    static func remaining(mean: Double, elapsed: Double, dispersion: Double, random: inout SimulationRandom) -> Double {
        for _ in 0..<20 {
            let length = random.logNormal(mean: mean, dispersion: dispersion)
            if length > elapsed { return length - elapsed }
        }
        return max(mean, elapsed) / 4
    }

    /// FNV-1a over the day, the queue, the priority and the day's slip count: stable across
    /// processes, unlike Swift's `Hasher`.
    /// The priority is written as the number it had before appointment priority took a rank
    /// between care and ordinary, so every estimate a slip without one gets stays as it was.
    static func seed(day: HallDay, queue: String, priority: PriorityClass?) -> UInt64 {
        let tag = switch priority {
        case .greenChannel: 0
        case .care: 1
        case nil: 2
        case .appointment: 3
        }
        let text = "\(day.businessDay)|\(queue)|\(tag)|\(day.slips.count)"
        return text.utf8.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
