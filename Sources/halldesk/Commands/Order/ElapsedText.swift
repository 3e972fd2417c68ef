/// A stretch of plain time for people: 「2天3时」, 「3时20分」, 「5分」. For the time each
/// department held an order, which runs day and night like the customer's wait.
enum ElapsedText {
    static func of(_ seconds: Double) -> String {
        let minutes = Int((max(0, seconds) / 60).rounded(.up))
        let days = minutes / 1440, hours = minutes % 1440 / 60, rest = minutes % 60
        if days > 0 { return "\(days)天" + (hours > 0 ? "\(hours)时" : "") }
        if hours > 0 { return "\(hours)时" + (rest > 0 ? "\(rest)分" : "") }
        return "\(rest)分"
    }
}
