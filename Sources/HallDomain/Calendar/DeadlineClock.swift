/// How a deadline's time runs.
public enum DeadlineClock: Sendable, Equatable {
    /// Whole working days on the official calendar: the same clock time on the N-th
    /// working day after the count starts (see `WorkingCalendar.due(from:clock:)`).
    case workingDays(Int)
    /// Hours of working time: only time inside the working periods of working days runs.
    case workingHours(Double)
    /// Minutes around the clock, nights and holidays included (fault repair arrival).
    case realTime(minutes: Int)
}
