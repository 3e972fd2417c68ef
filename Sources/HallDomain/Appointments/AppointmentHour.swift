/// One hour of a day's appointments as the manager's pane counts them: how many are booked
/// in it (cancelled ones left out), how many checked in, how many were missed.
public struct AppointmentHour: Sendable, Equatable {
    public var hour: Int
    public var booked: Int
    public var checkedIn: Int
    public var missed: Int

    /// The hours of `day` that hold an appointment, by the hour their slot starts in.
    public static func hours(of day: String, in book: AppointmentBook) -> [AppointmentHour] {
        let held = book.on(day).filter { $0.status != .cancelled }
        let byHour = Dictionary(grouping: held) { $0.start.minutesAfterMidnight / 60 }
        return byHour.keys.sorted().map { hour in
            let list = byHour[hour] ?? []
            return AppointmentHour(hour: hour, booked: list.count, checkedIn: list.filter { $0.status == .checkedIn }.count,
                                   missed: list.filter { $0.status == .missed }.count)
        }
    }
}
