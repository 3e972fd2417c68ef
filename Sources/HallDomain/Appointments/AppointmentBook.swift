import Foundation

/// Every appointment the log holds, in booking order.
public struct AppointmentBook: Sendable, Equatable, Codable {
    public var appointments: [Appointment]
    /// Events naming an appointment the book does not hold, by type.
    public var unmatched: [String: Int]

    public init(appointments: [Appointment] = [], unmatched: [String: Int] = [:]) {
        self.appointments = appointments
        self.unmatched = unmatched
    }

    public func appointment(id: String) -> Appointment? {
        appointments.first { $0.id == id }
    }

    /// The appointments of `day`, by slot then booking order.
    public func on(_ day: String) -> [Appointment] {
        appointments.filter { $0.day == day }.enumerated()
            .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }.map(\.element)
    }

    /// Appointments of `day` starting at `start` that hold a place (not cancelled).
    public func taken(day: String, start: ClockTime) -> Int {
        appointments.filter { $0.day == day && $0.start == start && $0.status != .cancelled }.count
    }

    /// The booked appointments of `day` the guide may still check in, their window not yet
    /// closed at `now`: what F11 at the guide's desk lists, the one due soonest first.
    public func awaitingCheckIn(on day: String, at now: Date, rules: AppointmentRules) -> [Appointment] {
        on(day).filter { $0.status == .booked && now <= $0.checkInWindow(rules).upperBound }
    }

    /// Booked appointments whose check-in window has closed by `now`: each to be recorded
    /// missed once.
    public func missedDue(at now: Date, rules: AppointmentRules) -> [Appointment] {
        appointments.filter { $0.isMissed(at: now, rules: rules) }
    }

    /// The next free id on `day`: `Y` and the date's digits and a three-digit count.
    func nextID(day: String) -> String {
        let digits = day.replacingOccurrences(of: "-", with: "")
        let count = appointments.filter { $0.day == day }.count + 1
        let text = String(count)
        return "Y" + digits + String(repeating: "0", count: max(0, 3 - text.count)) + text
    }

    /// Changes the appointment `id`; false when there is none.
    mutating func update(_ id: String, _ change: (inout Appointment) -> Void) -> Bool {
        guard let index = appointments.firstIndex(where: { $0.id == id }) else { return false }
        change(&appointments[index])
        return true
    }
}
