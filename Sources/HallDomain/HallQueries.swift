import Foundation

/// What the screens read off the state: pure functions of state, catalog and the time.
///
/// Each asks for the business day of `now`, so a screen left open overnight shows an empty
/// new day at midnight rather than yesterday's queue.
extension HallState {
    /// The day the screens should show at `now`: an empty one once `now` is past the
    /// logged day; the logged day as it is when the hall's zone is unknown or this
    /// terminal's clock is behind the log (decide refuses both, with the reason).
    public func visibleDay(catalog: Catalog, now: Date) -> HallDay {
        guard let local = LocalDay(now, timeZone: catalog.hall.timeZone) else { return today }
        return day(local.businessDay) ?? today
    }

    public func queueSummaries(catalog: Catalog, now: Date) -> [QueueSummary] {
        let day = visibleDay(catalog: catalog, now: now)
        return catalog.queues.map { queue in
            let waiting = day.waiting(in: [queue.letter])
            let served = day.slips.filter { $0.queue == queue.letter && $0.status == .finished }
            let waits = served.compactMap(\.waitMinutes)
            let longest = waiting.map { ElapsedMinutes.between($0.issuedAt, now) }.max()
            return QueueSummary(letter: queue.letter, name: queue.name, waiting: waiting.count, longestWaitMinutes: longest,
                                expectedWait: WaitPredictors.default.predict(queue: queue.letter, priority: nil, day: day, catalog: catalog, now: now),
                                servedToday: served.count, averageWaitMinutes: WaitStatistics.average(waits),
                                p90WaitMinutes: WaitStatistics.p90(waits),
                                shareWithinTarget: WaitStatistics.shareWithin(waits, targetMinutes: catalog.hall.waitTargetMinutes))
        }
    }

    public func counterSummaries(catalog: Catalog, now: Date) -> [CounterSummary] {
        let day = visibleDay(catalog: catalog, now: now)
        return catalog.counters.map { definition in
            let status = day.counter(definition.number)
            let slip = status.slipInHand.flatMap { day.slip($0) }
            let since = slip.flatMap { $0.startedAt ?? $0.calledAt }
            return CounterSummary(number: definition.number, name: definition.name, state: status.state, clerk: status.clerk,
                                  slipInHand: status.slipInHand, serviceMinutesSoFar: since.map { ElapsedMinutes.between($0, now) },
                                  servedToday: status.servedToday,
                                  idleWithCustomersMinutes: status.idleWithCustomers.minutes(at: now))
        }
    }

    /// People ahead of a waiting slip in its queue, and its estimate now; nil for a slip
    /// not waiting.
    public func standing(ofSlip number: String, catalog: Catalog, now: Date) -> WaitEstimate? {
        let day = visibleDay(catalog: catalog, now: now)
        guard let slip = day.slip(number), slip.status == .waiting else { return nil }
        return WaitEstimator(catalog: catalog, day: day, now: now).forSlip(slip)
    }

    /// The slip `callNext` would call at a counter now and why; nil if nothing waits or the
    /// counter is unknown.
    public func nextCall(counter number: Int, catalog: Catalog, now: Date) -> CallChoice? {
        guard let definition = catalog.counter(number: number) else { return nil }
        let day = visibleDay(catalog: catalog, now: now)
        return CallSelection.choose(counter: definition, status: day.counter(number), day: day, catalog: catalog, now: now)
    }

    /// The waiting slips of a counter's queues in the order it would call them, each with
    /// why (`CallSelection.order`); empty if nothing waits or the counter is unknown.
    public func callOrder(counter number: Int, catalog: Catalog, now: Date) -> [CallChoice] {
        guard let definition = catalog.counter(number: number) else { return [] }
        let day = visibleDay(catalog: catalog, now: now)
        return CallSelection.order(counter: definition, status: day.counter(number), day: day, catalog: catalog, now: now)
    }
}
