import Foundation

/// One stretch of time a department held an order: from dispatch until the dispatcher took
/// it back (return confirmed, recall) or the coordinator accepted its reply. Kept because
/// deadlines never restart on a return, so the time lost in each department must show.
public struct DepartmentHolding: Sendable, Equatable, Codable {
    public var department: String
    public var from: Date
    public var until: Date?

    public init(department: String, from: Date, until: Date? = nil) {
        self.department = department
        self.from = from
        self.until = until
    }

    /// The time held, counting a stretch still open up to `now`.
    public func duration(at now: Date) -> TimeInterval {
        max(0, (until ?? now).timeIntervalSince(from))
    }
}
