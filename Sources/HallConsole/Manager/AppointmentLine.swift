import HallDomain

/// Today's appointments per hour on the manager's panel: 「今日预约（约/到/失约）：09时 4/2/1
/// 10时 2/0/0」 — booked (cancelled left out), checked in, missed. Nothing when there are
/// none, so a hall that takes no appointments sees no empty line.
enum AppointmentLine {
    static func text(_ hours: [AppointmentHour]) -> String? {
        guard !hours.isEmpty else { return nil }
        let cells = hours.map { hour in
            (hour.hour < 10 ? "0" : "") + "\(hour.hour)时 \(hour.booked)/\(hour.checkedIn)/\(hour.missed)"
        }
        return "今日预约（约/到/失约）：" + cells.joined(separator: "  ")
    }
}
