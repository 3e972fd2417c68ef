/// A time of day written `HH:MM`, as staff write it in the seeds.
public struct ClockTime: Sendable, Equatable, Comparable, Codable, CustomStringConvertible {
    public var minutesAfterMidnight: Int

    public init(hour: Int, minute: Int) {
        minutesAfterMidnight = hour * 60 + minute
    }

    /// Parses `HH:MM` (00:00–24:00); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]),
              (0...24).contains(hour), (0..<60).contains(minute),
              hour * 60 + minute <= 24 * 60 else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String {
        let hour = minutesAfterMidnight / 60, minute = minutesAfterMidnight % 60
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
        lhs.minutesAfterMidnight < rhs.minutesAfterMidnight
    }
}
