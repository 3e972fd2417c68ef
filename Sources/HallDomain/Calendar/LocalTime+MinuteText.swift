extension LocalTime {
    /// Reads `minuteText` back: 「2026-10-09 17:00」, as staff type a time on a work order.
    /// Nil for anything else, including 24:00 (write the next day's 00:00).
    public init?(minuteText text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let day = CalendarDay(String(parts[0])), let clock = ClockTime(String(parts[1])),
              clock.minutesAfterMidnight < 24 * 60 else { return nil }
        self.init(day: day, secondOfDay: Double(clock.minutesAfterMidnight * 60))
    }
}
