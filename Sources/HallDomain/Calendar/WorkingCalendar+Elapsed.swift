import Foundation

extension WorkingCalendar {
    /// Seconds of working time between two instants: only time inside the working periods
    /// of working days counts, as for a working-hours deadline. Negative when `end` is
    /// before `start`, so "time left" and "overdue by" are one measure.
    public func workingSeconds(from start: Date, to end: Date) -> Double {
        guard start <= end else { return -workingSeconds(from: end, to: start) }
        let first = LocalTime(start, in: timeZone), last = LocalTime(end, in: timeZone)
        var total = 0.0
        var day = first.day
        while day <= last.day {
            if isWorkingDay(day) {
                let from = day == first.day ? first.secondOfDay : 0
                let to = day == last.day ? last.secondOfDay : 86_400
                for period in workingHours {
                    let periodStart = Double(period.start.minutesAfterMidnight * 60)
                    let periodEnd = Double(period.end.minutesAfterMidnight * 60)
                    total += max(0, min(to, periodEnd) - max(from, periodStart))
                }
            }
            day = day.adding(days: 1)
        }
        return total
    }

    /// Seconds of working time in one working day (08:30–12:00 and 14:00–17:30 make 7 hours).
    public var workingDayLength: Double {
        workingHours.reduce(0) { $0 + Double(($1.end.minutesAfterMidnight - $1.start.minutesAfterMidnight) * 60) }
    }
}
