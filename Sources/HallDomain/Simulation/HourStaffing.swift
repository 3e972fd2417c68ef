import Foundation

/// One opening hour of a day beside what Erlang C says it needed: the slips issued in the
/// hour (the customers who queued for a counter), their mean counter minutes, the fewest
/// counters whose mean wait meets the hall's target, and the mean wait they really had.
/// The simulator's day and the formula check each other: the formula assumes one shared
/// queue in a steady hour, the day has several queues and a backlog carried over from the
/// hour before, so the two agree in size, not to the minute.
public struct HourStaffing: Sendable, Equatable, Encodable {
    /// Hours after opening; 0 is the first.
    public var hour: Int
    /// Slips issued in the hour, no-shows included.
    public var arrivals: Int
    /// Mean minutes at the counter of the hour's finished slips; nil when none finished.
    public var meanServiceMinutes: Double?
    /// Erlang C's answer for the hour; nil without arrivals or services to base it on.
    public var countersNeeded: Int?
    /// Mean wait (issue to first call) of the hour's finished slips; nil when none.
    public var averageWaitMinutes: Double?

    public init(hour: Int, arrivals: Int, meanServiceMinutes: Double?, countersNeeded: Int?, averageWaitMinutes: Double?) {
        self.hour = hour
        self.arrivals = arrivals
        self.meanServiceMinutes = meanServiceMinutes
        self.countersNeeded = countersNeeded
        self.averageWaitMinutes = averageWaitMinutes
    }

    /// The `hours` hours from `opening` of `day`, each judged against a mean wait of
    /// `targetMinutes`.
    public static func hours(of day: HallDay, opening: Date, hours: Int, targetMinutes: Int) -> [HourStaffing] {
        (0..<hours).map { hour in
            let start = opening.addingTimeInterval(Double(hour) * 3600)
            let issued = day.slips.filter { $0.issuedAt >= start && $0.issuedAt < start.addingTimeInterval(3600) }
            let finished = issued.filter { $0.status == .finished }
            let service = WaitStatistics.average(finished.compactMap(\.serviceMinutes))
            let needed = service.flatMap { minutes in minutes <= 0 ? nil :
                ErlangC.countersNeeded(arrivalRate: Double(issued.count) / 60, serviceRate: 1 / minutes,
                                       meanWaitTargetMinutes: Double(targetMinutes))
            }
            return HourStaffing(hour: hour, arrivals: issued.count, meanServiceMinutes: service, countersNeeded: needed,
                                averageWaitMinutes: WaitStatistics.average(finished.compactMap(\.waitMinutes)))
        }
    }
}
