import Foundation

/// An event about one business day's visits, slips or counters.
///
/// Each carries its `businessDay` so that `evolve` can tell when a new day begins (and
/// close the old one out) without a clock or a time zone, and so that a slip number, which
/// restarts every day, is never mistaken for yesterday's.
public protocol DayEvent: EventBody {
    var businessDay: String { get }
    /// Folds the event into its day. Returns false when the day does not hold the slip or
    /// counter the event names; `evolve` counts that instead of dropping it silently.
    func apply(to day: inout HallDay, at time: Date) -> Bool
}
