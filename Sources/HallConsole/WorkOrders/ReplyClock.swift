import Foundation
import HallDomain

/// The handling time a reply form starts with: now, local, 「2026-11-23 10:30」.
enum ReplyClock {
    static func text(_ now: Date, zone: TimeZone) -> String {
        let local = LocalTime(now, in: zone)
        return String(format: "%04d-%02d-%02d ", local.day.year, local.day.month, local.day.day) + local.clockText
    }
}
