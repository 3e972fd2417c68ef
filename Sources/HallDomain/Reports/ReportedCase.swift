/// One improvement case as the monthly report shows it: what caused the orders, what is
/// being done about it, who does it by when, and how far it has got.
public struct ReportedCase: Sendable, Equatable, Codable {
    public var number: String
    public var rootCause: String
    public var action: String
    public var ownerDepartment: String
    /// `yyyy-MM-dd`.
    public var dueDay: String
    public var status: ImprovementCaseStatus
    /// Open past its due day on the report's day, or finished after its due day: either
    /// way the manager should hear about it.
    public var overdue: Bool
    /// The orders the case explains, in the order they were put in.
    public var orders: [String]
    /// The latest progress note, so the report says where an open case stands.
    public var latestProgress: String?
    /// What was done and on which local day, once finished.
    public var outcome: String?
    public var doneDay: String?

    public init(number: String, rootCause: String, action: String, ownerDepartment: String, dueDay: String,
                status: ImprovementCaseStatus, overdue: Bool, orders: [String], latestProgress: String?, outcome: String?,
                doneDay: String?) {
        self.number = number
        self.rootCause = rootCause
        self.action = action
        self.ownerDepartment = ownerDepartment
        self.dueDay = dueDay
        self.status = status
        self.overdue = overdue
        self.orders = orders
        self.latestProgress = latestProgress
        self.outcome = outcome
        self.doneDay = doneDay
    }

    /// 「进行中」「进行中·逾期」「已完成」「已完成·逾期」: the mark is in words, not only colour.
    public var statusText: String {
        status.chineseName + (overdue ? "·逾期" : "")
    }
}
