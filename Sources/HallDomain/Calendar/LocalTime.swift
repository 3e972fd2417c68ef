import Foundation

/// An instant as a local wall-clock reading: the calendar day and the seconds since its
/// midnight, in one zone.
public struct LocalTime: Sendable, Equatable {
    public var day: CalendarDay
    /// 0 ..< 86 400 (fractions kept, so an instant survives the round trip).
    public var secondOfDay: Double

    public init(day: CalendarDay, secondOfDay: Double) {
        self.day = day
        self.secondOfDay = secondOfDay
    }

    /// Reads 「2026-11-23 09:41」 (a `T` may stand for the space, seconds may follow), the
    /// way staff type a moment on the command line and in forms (a promised time, a handling
    /// time, `HALLDESK_NOW`, `calendar due --from`): the one reader of `minuteText`, so every
    /// place takes the same spellings. Nil for anything else, including 24:00 (write the next
    /// day's 00:00).
    public init?(text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2, let day = CalendarDay(String(parts[0])) else { return nil }
        let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 2 || clock.count == 3, let time = ClockTime(clock[0...1].joined(separator: ":")),
              time.minutesAfterMidnight < 24 * 60 else { return nil }
        var seconds = 0
        if clock.count == 3 {
            guard clock[2].count == 2, let value = Int(clock[2]), (0..<60).contains(value) else { return nil }
            seconds = value
        }
        self.init(day: day, secondOfDay: Double(time.minutesAfterMidnight * 60 + seconds))
    }

    /// The wall clock in `zone` at `instant`.
    public init(_ instant: Date, in zone: TimeZone) {
        let local = instant.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: instant))
        let dayNumber = Int((local / 86_400).rounded(.down))
        day = CalendarDay(dayNumber: dayNumber)
        secondOfDay = local - Double(dayNumber) * 86_400
    }

    /// The instant this wall-clock reading names in `zone`. The offset is looked up at the
    /// instant itself (a second pass settles readings near a change of offset); China has
    /// had one offset since 1991.
    public func instant(in zone: TimeZone) -> Date {
        let local = Double(day.dayNumber) * 86_400 + secondOfDay
        let guess = Date(timeIntervalSince1970: local - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
        return Date(timeIntervalSince1970: local - Double(zone.secondsFromGMT(for: guess)))
    }

    /// `2026-11-23 09:41`: how screens, forms and the command line write a moment to the minute.
    public var minuteText: String { day.description + " " + clockText }

    /// `HH:MM`, seconds dropped.
    public var clockText: String {
        ClockTime(hour: Int(secondOfDay) / 3600, minute: Int(secondOfDay) % 3600 / 60).description
    }
}
