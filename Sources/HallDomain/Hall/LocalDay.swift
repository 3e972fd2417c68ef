import Foundation

/// The hall's business day and UTC offset at an instant, in the hall's own time zone.
///
/// Slip numbers restart each local business day, so the day must come from the hall's
/// zone, never the machine's: at 00:01 in Shanghai it is still yesterday in UTC. The
/// offset travels in the events that need local minutes, so `evolve` stays free of zones.
public struct LocalDay: Sendable, Equatable {
    /// `yyyy-MM-dd`; strings of this shape sort in day order.
    public var businessDay: String
    public var utcOffsetSeconds: Int

    public init(businessDay: String, utcOffsetSeconds: Int) {
        self.businessDay = businessDay
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// Nil when `timeZone` is not a zone this system knows.
    public init?(_ now: Date, timeZone identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        businessDay = String(year) + "-" + LocalDay.twoDigits(month) + "-" + LocalDay.twoDigits(day)
        utcOffsetSeconds = zone.secondsFromGMT(for: now)
    }

    /// Which 15-minute slot of the local day an instant falls in (0–95).
    public static func quarterHourSlot(of time: Date, utcOffsetSeconds: Int) -> Int {
        let local = Int((time.timeIntervalSince1970 + Double(utcOffsetSeconds)).rounded(.down))
        let secondOfDay = ((local % 86_400) + 86_400) % 86_400
        return secondOfDay / 900
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
