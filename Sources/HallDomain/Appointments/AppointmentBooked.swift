import Foundation

/// An appointment was entered in the book (at the guide's desk, by `appointment book`, or
/// one row of an imported CSV). Times are written `HH:MM` as staff read them.
public struct AppointmentBooked: AppointmentEventBody {
    public static let type = "appointmentBooked"
    public static let version = 1

    public var id: String
    public var day: String
    public var start: String
    public var end: String
    public var businessType: String
    public var name: String
    public var phone: String
    public var source: AppointmentSource
    public var utcOffsetSeconds: Int

    public init(id: String, day: String, start: String, end: String, businessType: String, name: String, phone: String,
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
    }

    public func apply(to book: inout AppointmentBook, at time: Date) -> Bool {
        guard book.appointment(id: id) == nil, let start = ClockTime(start), let end = ClockTime(end) else { return false }
        book.appointments.append(Appointment(id: id, day: day, start: start, end: end, businessType: businessType, name: name,
                                             phone: phone, source: source, utcOffsetSeconds: utcOffsetSeconds))
        return true
    }
}
