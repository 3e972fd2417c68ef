import Foundation

/// The customer arrived within the check-in window and was given `slip`, which waits with
/// appointment priority (written in the same batch as its `slipIssued`).
public struct AppointmentCheckedIn: AppointmentEventBody {
    public static let type = "appointmentCheckedIn"
    public static let version = 1

    public var id: String
    public var slip: String

    public init(id: String, slip: String) {
        self.id = id
        self.slip = slip
    }

    public func apply(to book: inout AppointmentBook, at time: Date) -> Bool {
        book.update(id) { $0.status = .checkedIn; $0.slip = slip }
    }
}
