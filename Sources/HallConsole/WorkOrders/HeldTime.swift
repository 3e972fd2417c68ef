import Foundation

/// How long a department has held an order, in plain time: 「2天3时」, 「3时20分」, 「45分」.
enum HeldTime {
    static func text(_ seconds: TimeInterval) -> String {
        let minutes = Int(max(0, seconds) / 60)
        let days = minutes / 1440, hours = minutes % 1440 / 60, rest = minutes % 60
        if days > 0 { return "\(days)天" + (hours > 0 ? "\(hours)时" : "") }
        if hours > 0 { return "\(hours)时" + (rest > 0 ? "\(rest)分" : "") }
        return "\(rest)分"
    }
}
