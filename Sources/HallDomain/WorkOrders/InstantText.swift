import Foundation

/// Instants inside event bodies (due times) as RFC 3339 UTC text, so a log line read with
/// `jq` says when, rather than a count of seconds since 2001.
///
/// Written and read by hand in the one shape it writes (「2026-10-08T08:00:00Z」): every
/// order's due times are read on every replay, and creating an `ISO8601DateFormatter`
/// per value made replaying ten thousand orders take seconds. Other RFC 3339 shapes (an
/// offset, fractions) still go through the formatter.
enum InstantText {
    private static let utc = TimeZone(identifier: "UTC")!

    static func text(_ date: Date) -> String {
        // Whole seconds as the formatter cuts them: down, counted from its 2001 reference date.
        let time = LocalTime(Date(timeIntervalSinceReferenceDate: date.timeIntervalSinceReferenceDate.rounded(.down)), in: utc)
        let seconds = Int(time.secondOfDay)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", time.day.year, time.day.month, time.day.day,
                      seconds / 3600, seconds % 3600 / 60, seconds % 60)
    }

    static func date(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z")
        else { return ISO8601DateFormatter().date(from: text) }
        guard let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
              let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]), let second = number(bytes[17..<19]),
              hour < 24, minute < 60, second < 60, let calendarDay = CalendarDay(year: year, month: month, day: day)
        else { return nil }
        return Date(timeIntervalSince1970: Double(calendarDay.dayNumber * 86_400 + hour * 3600 + minute * 60 + second))
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
