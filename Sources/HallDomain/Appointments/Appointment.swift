import Foundation

/// One appointment (预约) in the book: a customer's time slot for a business on a day.
///
/// The phone is kept whole here, as the customer gave it; every screen and list that shows
/// it masks it unless the viewer may see customers' contacts (`Masking`, `seeCustomerContact`).
public struct Appointment: Sendable, Equatable, Codable {
    public var id: String
    /// `yyyy-MM-dd`, the business day of the slot.
    public var day: String
    public var start: ClockTime
    public var end: ClockTime
    public var businessType: String
    public var name: String
    public var phone: String
    public var source: AppointmentSource
    /// The hall's UTC offset on `day`, so the slot is an instant without a time zone here.
    public var utcOffsetSeconds: Int
    public var status: AppointmentStatus
    /// The slip a check-in gave.
    public var slip: String?
    public var cancelReason: String?

    public init(id: String, day: String, start: ClockTime, end: ClockTime, businessType: String, name: String, phone: String,
                source: AppointmentSource, utcOffsetSeconds: Int) {
        self.id = id
        self.day = day
        self.start = start
        self.end = end
        self.businessType = businessType
        self.name = name
        self.phone = phone
        self.source = source
        self.utcOffsetSeconds = utcOffsetSeconds
        self.status = .booked
    }

    /// 「09:00–09:30」.
    public var slotText: String { "\(start)–\(end)" }

    /// The instant the slot starts.
    public var startsAt: Date {
        let dayNumber = CalendarDay(day)?.dayNumber ?? 0
        return Date(timeIntervalSince1970: Double(dayNumber * 86_400 + start.minutesAfterMidnight * 60 - utcOffsetSeconds))
    }

    /// From `checkInEarlyMinutes` before the start to `checkInLateMinutes` after it.
    public func checkInWindow(_ rules: AppointmentRules) -> ClosedRange<Date> {
        startsAt.addingTimeInterval(Double(-rules.checkInEarlyMinutes * 60))...startsAt.addingTimeInterval(Double(rules.checkInLateMinutes * 60))
    }

    /// 「08:45–09:10」, the window as the guide reads it to the customer.
    public func checkInWindowText(_ rules: AppointmentRules) -> String {
        let from = ClockTime(minutes: start.minutesAfterMidnight - rules.checkInEarlyMinutes)
        let to = ClockTime(minutes: start.minutesAfterMidnight + rules.checkInLateMinutes)
        return "\(from)–\(to)"
    }

    /// Still booked when its window has closed: missed, to be recorded once.
    public func isMissed(at now: Date, rules: AppointmentRules) -> Bool {
        status == .booked && now > checkInWindow(rules).upperBound
    }
}

extension ClockTime {
    /// A time of day from minutes after midnight, kept within the day.
    init(minutes: Int) {
        let clamped = min(max(minutes, 0), 24 * 60)
        self.init(hour: clamped / 60, minute: clamped % 60)
    }
}
