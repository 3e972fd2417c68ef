import Foundation

/// A booked appointment was cancelled (the customer called, or staff found it a mistake);
/// its place in the slot is free again.
public struct AppointmentCancelled: AppointmentEventBody {
    public static let type = "appointmentCancelled"
    public static let version = 1

    public var id: String
    public var reason: String?

    public init(id: String, reason: String?) {
        self.id = id
        self.reason = reason
    }

    public func apply(to book: inout AppointmentBook, at time: Date) -> Bool {
        book.update(id) { $0.status = .cancelled; $0.cancelReason = reason }
    }
}
