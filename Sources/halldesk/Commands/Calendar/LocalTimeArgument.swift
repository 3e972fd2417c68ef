import Foundation
import HallDomain

/// A moment written for staff in the hall's zone: the wall-clock time they read on the work
/// order, not a UTC instant. What they type back is read by the domain's `LocalTime(text:)`.
enum LocalTimeArgument {
    /// `2026-10-08 16:00`.
    static func format(_ instant: Date, in zone: TimeZone) -> String {
        LocalTime(instant, in: zone).minuteText
    }

    /// `2026-10-08T16:00:00+08:00`, for `--json`. Written by hand: `order list --json`
    /// prints several per order, and a formatter per value made ten thousand orders take seconds.
    static func iso8601(_ instant: Date, in zone: TimeZone) -> String {
        let whole = Date(timeIntervalSinceReferenceDate: instant.timeIntervalSinceReferenceDate.rounded(.down))
        let local = LocalTime(whole, in: zone)
        let second = Int(local.secondOfDay) % 60
        let offset = zone.secondsFromGMT(for: whole) / 60
        return local.day.description + "T" + local.clockText + String(format: ":%02d", second)
            + (offset < 0 ? "-" : "+") + String(format: "%02d:%02d", abs(offset) / 60, abs(offset) % 60)
    }
}
