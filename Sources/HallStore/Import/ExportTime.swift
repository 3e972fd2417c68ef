import HallDomain

/// 受理时间 as the 95598 system and Excel write it, read as the wall clock in the hall's
/// zone: `2026-11-23 09:15:00`, `2026-11-23 09:15`, `2026/11/23 9:15`, `2026/11/23 9:15:00`.
/// Excel drops leading zeros from month, day and hour when it re-saves a file, so one or two
/// digits are accepted there; minutes and seconds are always two.
enum ExportTime {
    static let accepted = "2026-11-23 09:15:00、2026-11-23 09:15、2026/11/23 9:15 或 2026/11/23 9:15:00"

    static func parse(_ text: String) -> LocalTime? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2, let day = day(parts[0]), let second = secondOfDay(parts[1]) else { return nil }
        return LocalTime(day: day, secondOfDay: Double(second))
    }

    /// `yyyy-M-d` or `yyyy/M/d`, one separator throughout.
    private static func day(_ text: Substring) -> CalendarDay? {
        guard let separator = text.first(where: { $0 == "-" || $0 == "/" }) else { return nil }
        let numbers = text.split(separator: separator, omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers[0].count == 4, (1...2).contains(numbers[1].count), (1...2).contains(numbers[2].count),
              let year = digits(numbers[0]), let month = digits(numbers[1]), let day = digits(numbers[2]) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// `H:mm` or `H:mm:ss`, hour 0–23: also how an arrival trace writes its times.
    static func secondOfDay(_ text: Substring) -> Int? {
        let numbers = text.split(separator: ":", omittingEmptySubsequences: false)
        guard numbers.count == 2 || numbers.count == 3, (1...2).contains(numbers[0].count),
              numbers.dropFirst().allSatisfy({ $0.count == 2 }),
              let hour = digits(numbers[0]), let minute = digits(numbers[1]),
              hour < 24, minute < 60 else { return nil }
        let second = numbers.count == 3 ? digits(numbers[2]) : 0
        guard let second, second < 60 else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
