import Foundation

/// Which days the station works and during which hours, after China's official calendar:
/// Monday to Friday, minus the public holidays, plus the weekend days worked in exchange
/// (调休上班) that the State Council announces each year.
///
/// Only announced years are known. A day in a year that is not loaded is judged by
/// weekends alone, and every answer that leaned on such a day says so (see `DueDate`),
/// because guessing next year's holidays silently is how deadlines go wrong.
///
/// All days and clock times are local to `timeZone` (Asia/Shanghai for China), whatever
/// the machine's zone.
public struct WorkingCalendar: Sendable, Equatable {
    public let timeZone: TimeZone
    /// In day order, not overlapping, at least one.
    public let workingHours: [WorkingPeriod]
    /// The years whose holiday notice is loaded.
    public let loadedYears: Set<Int>
    public let festivals: [Festival]
    private let announced: [CalendarDay: DayStatus]

    /// The loader checks the seeds (no day both off and worked, make-up days on weekends,
    /// hours in order); `workingHours` must not be empty, or no deadline could ever fall due.
    public init(timeZone: TimeZone, workingHours: [WorkingPeriod], loadedYears: Set<Int>, festivals: [Festival]) {
        precondition(!workingHours.isEmpty, "a working calendar needs working hours")
        self.timeZone = timeZone
        self.workingHours = workingHours
        self.loadedYears = loadedYears
        self.festivals = festivals
        var announced: [CalendarDay: DayStatus] = [:]
        for festival in festivals {
            for day in festival.holidays { announced[day] = .holiday(festival: festival.name) }
            for day in festival.makeUpWorkdays { announced[day] = .makeUpWorkday(festival: festival.name) }
        }
        self.announced = announced
    }

    public func isLoaded(year: Int) -> Bool { loadedYears.contains(year) }

    /// What the calendar says about `day`; in a year that is not loaded, only weekday or weekend.
    public func status(of day: CalendarDay) -> DayStatus {
        announced[day] ?? (day.isWeekend ? .weekend : .weekday)
    }

    public func isWorkingDay(_ day: CalendarDay) -> Bool { status(of: day).isWorkingDay }
}
