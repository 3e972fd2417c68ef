/// A return a department asked for and the dispatcher has not yet confirmed. Until then the
/// department still holds the order.
public struct ReturnRequest: Sendable, Equatable, Codable {
    public var department: String
    public var reason: ReturnReason
    public var note: String

    public init(department: String, reason: ReturnReason, note: String) {
        self.department = department
        self.reason = reason
        self.note = note
    }
}
