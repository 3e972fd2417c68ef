import Foundation

/// The local days [from, to) a report covers, in the hall's zone: a month, one day or any
/// range. Events are placed by the hall's wall clock, so 23:30 on the 30th in Shanghai
/// falls in November even though it is already December nowhere near.
public struct ReportPeriod: Sendable, Equatable {
    public var from: CalendarDay
    /// The first day after the period.
    public var to: CalendarDay
    public var zone: TimeZone

    public init(from: CalendarDay, to: CalendarDay, zone: TimeZone) {
        self.from = from
        self.to = to
        self.zone = zone
    }

    /// The whole month `year-month`; nil for a month that does not exist.
    public static func month(year: Int, month: Int, zone: TimeZone) -> ReportPeriod? {
        guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
        return ReportPeriod(from: first, to: first.adding(days: CalendarDay.length(ofMonth: month, year: year)), zone: zone)
    }

    /// The period of the same length just before this one; for a whole month, the whole
    /// month before (October for November, though their lengths differ).
    public var previous: ReportPeriod {
        if isWholeMonth {
            let last = from.adding(days: -1)
            return ReportPeriod.month(year: last.year, month: last.month, zone: zone)!
        }
        return ReportPeriod(from: from.adding(days: -(to.dayNumber - from.dayNumber)), to: from, zone: zone)
    }

    public var isWholeMonth: Bool {
        from.day == 1 && to == from.adding(days: CalendarDay.length(ofMonth: from.month, year: from.year))
    }

    public var start: Date { LocalTime(day: from, secondOfDay: 0).instant(in: zone) }
    public var end: Date { LocalTime(day: to, secondOfDay: 0).instant(in: zone) }

    public func contains(_ instant: Date) -> Bool { instant >= start && instant < end }
    public func contains(_ day: CalendarDay) -> Bool { day >= from && day < to }

    /// `2026-11-01 至 2026-11-30`: both ends inclusive, as people read a range of days.
    public var chineseText: String { "\(from) 至 \(to.adding(days: -1))" }
}
