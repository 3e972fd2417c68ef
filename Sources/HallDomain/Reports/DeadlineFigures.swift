/// One department's record on one deadline (first contact or reply) over the orders whose
/// deadline fell due in the period.
///
/// The department is the one holding the order when the deadline was met, or at the end
/// of the period when it was not. Only what happened before the period's end counts, so a
/// month's figures do not change when the report is run again later.
public struct DeadlineFigures: Sendable, Equatable, Codable {
    public var department: String
    /// Deadlines that fell due in the period.
    public var due: Int
    public var onTime: Int
    /// Met after the deadline.
    public var late: Int
    /// Still not met at the end of the period (and so late too).
    public var open: Int
    /// Over the deadlines met late.
    public var medianLateMinutes: Double?

    /// `onTime / due`; nil when nothing fell due.
    public var onTimeRate: Double? { due == 0 ? nil : Double(onTime) / Double(due) }

    public init(department: String, due: Int, onTime: Int, late: Int, open: Int, medianLateMinutes: Double?) {
        self.department = department
        self.due = due
        self.onTime = onTime
        self.late = late
        self.open = open
        self.medianLateMinutes = medianLateMinutes
    }
}
