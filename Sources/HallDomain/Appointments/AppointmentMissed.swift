import Foundation

/// An appointment's check-in window closed with no check-in (失约). Nobody chooses it:
/// whichever console polls first after the window closes, or `appointment miss-due`,
/// records it, and only once, because it is decided on a state that holds any recorded
/// before (as escalation by time is).
public struct AppointmentMissed: AppointmentEventBody {
    public static let type = "appointmentMissed"
    public static let version = 1

    public var id: String

    public init(id: String) {
        self.id = id
    }

    public func apply(to book: inout AppointmentBook, at time: Date) -> Bool {
        book.update(id) { $0.status = .missed }
    }
}
