import Foundation

/// The queue as it stands, played forward many times with sampled service times: the
/// counters finish what they hold, then call by their queue orders under the fairness rule
/// (`CallSelection.pick`, the same rule the counters obey) until one of them calls the
/// newcomer. Each play gives one possible wait; together they give a median and a range.
///
/// Customers keep arriving meanwhile, at each queue's rate of the last hour: on a counter
/// that calls A before D, the payments that come in after a D slip still go first.
/// What it does not know it leaves out, and says so here: no-shows, pauses and counters
/// opening or closing.
struct QueueForecast {
    struct Slip {
        var queue: String
        var priority: PriorityClass?
        var issuedAt: Date
        var meanMinutes: Double
    }

    /// Customers expected to join a queue while the newcomer waits.
    struct Arrivals {
        var queue: String
        var perMinute: Double
        /// Share of them with a care priority.
        var priorityShare: Double
        var meanMinutes: Double
    }

    struct Counter {
        var queues: [String]
        /// Minutes from now until it is free, for the service in hand.
        var busyFor: (inout SimulationRandom) -> Double
        var streak: Int
    }

    /// Waiting slips in issue order; the newcomer is the last.
    let slips: [Slip]
    let arrivals: [Arrivals]
    let counters: [Counter]
    let rule: PriorityRule
    let now: Date
    /// σ of the logarithm of a service time, as the simulator's scenarios assume.
    let dispersion: Double

    /// A run that has not reached the newcomer by then is dropped: its queue is not served.
    static let horizonMinutes = 600.0

    /// One sampled wait per run, in minutes, sorted; empty when no counter serves the newcomer's queue.
    func waits(runs: Int, seed: UInt64) -> [Double] {
        guard let newcomer = slips.indices.last,
              counters.contains(where: { $0.queues.contains(slips[newcomer].queue) })
        else { return [] }
        let start = ForecastCandidates(slips: slips)
        var random = SimulationRandom(seed: seed)
        var waits: [Double] = []
        waits.reserveCapacity(runs)
        for _ in 0..<runs {
            if let wait = play(newcomer: newcomer, from: start, random: &random) { waits.append(wait) }
        }
        return waits.sorted()
    }

    private func play(newcomer: Int, from start: ForecastCandidates, random: inout SimulationRandom) -> Double? {
        var waiting = start
        var free = counters.map { $0.busyFor(&random) }
        var streaks = counters.map(\.streak)
        var coming = arrivals.map { $0.perMinute > 0 ? random.exponential(ratePerMinute: $0.perMinute) : .infinity }
        while let index = free.indices.min(by: { free[$0] < free[$1] }), free[index] < Self.horizonMinutes {
            let minute = free[index]
            while let queue = coming.indices.min(by: { coming[$0] < coming[$1] }), coming[queue] <= minute {
                let expected = arrivals[queue]
                waiting.append(Slip(queue: expected.queue, priority: random.chance(expected.priorityShare) ? .care : nil,
                                    issuedAt: now.addingTimeInterval(coming[queue] * 60), meanMinutes: expected.meanMinutes))
                coming[queue] += random.exponential(ratePerMinute: expected.perMinute)
            }
            guard let (slip, _) = CallSelection.pick(queues: counters[index].queues, streak: streaks[index], from: waiting,
                                                     rule: rule, now: now.addingTimeInterval(minute * 60))
            else {
                free[index] = coming.min() ?? .infinity
                continue
            }
            if slip == newcomer { return minute }
            waiting.remove(slip)
            streaks[index] = waiting.priority(slip) == nil ? 0 : streaks[index] + 1
            free[index] = minute + random.logNormal(mean: waiting.meanMinutes(slip), dispersion: dispersion)
        }
        return nil
    }
}

/// The forecast's waiting slips: per queue, ordinary ones in issue order with a moving
/// head, and the priority ones in `PriorityOrder`, so each call costs a few steps however
/// long the queue.
struct ForecastCandidates: CallCandidates {
    private var slips: [QueueForecast.Slip]
    private var ordinary: [String: [Int]] = [:]
    private var heads: [String: Int] = [:]
    private var priorityOrdered: [Int]
    private var called: Set<Int> = []

    init(slips: [QueueForecast.Slip]) {
        self.slips = slips
        for index in slips.indices where slips[index].priority == nil { ordinary[slips[index].queue, default: []].append(index) }
        priorityOrdered = slips.indices.filter { slips[$0].priority != nil }.sorted { left, right in
            let (a, b) = (PriorityOrder.rank(slips[left].priority), PriorityOrder.rank(slips[right].priority))
            return a != b ? a < b : left < right
        }
    }

    func oldestOrdinary(queue: String) -> Int? {
        guard let list = ordinary[queue] else { return nil }
        let head = heads[queue, default: 0]
        return head < list.count ? list[head] : nil
    }

    func oldestOrdinary(in queues: [String]) -> Int? {
        var oldest: Int?
        for queue in queues {
            if let head = oldestOrdinary(queue: queue), head < oldest ?? .max { oldest = head }
        }
        return oldest
    }

    func firstPriority(in queues: [String]) -> Int? {
        priorityOrdered.first { !called.contains($0) && queues.contains(slips[$0].queue) }
    }

    func issuedAt(_ candidate: Int) -> Date { slips[candidate].issuedAt }

    func priority(_ candidate: Int) -> PriorityClass? { slips[candidate].priority }

    func meanMinutes(_ candidate: Int) -> Double { slips[candidate].meanMinutes }

    /// A slip issued after every one held.
    mutating func append(_ slip: QueueForecast.Slip) {
        let index = slips.count
        slips.append(slip)
        guard slip.priority != nil else {
            ordinary[slip.queue, default: []].append(index)
            return
        }
        let rank = PriorityOrder.rank(slip.priority)
        let position = priorityOrdered.lastIndex { PriorityOrder.rank(slips[$0].priority) <= rank }.map { $0 + 1 } ?? 0
        priorityOrdered.insert(index, at: position)
    }

    mutating func remove(_ candidate: Int) {
        let slip = slips[candidate]
        if slip.priority == nil {
            heads[slip.queue, default: 0] += 1
        } else {
            called.insert(candidate)
        }
    }
}
