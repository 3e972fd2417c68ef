import Foundation

/// One work order (工单) as its events have made it. Due instants were computed on the
/// working calendar when it was received and never move: not on return, not on redispatch.
public struct WorkOrder: Sendable, Equatable, Codable {
    public var number: String
    public var kind: WorkOrderKind
    public var source: WorkOrderSource
    public var category: String
    /// The category's name when received; nil for orders logged before names were recorded.
    public var categoryName: String?
    /// The call centre's category name when the order came in as 待归类.
    public var reportedCategory: String?
    /// The call centre's 业务类型 when the hall knew none of its kinds: received as a complaint, 待核.
    public var reportedKind: String?
    public var major: Bool
    public var customer: Customer
    public var description: String
    public var hotlineNumber: String?
    public var receivedAt: Date
    public var receivedBy: String
    public var status: WorkOrderStatus = .awaitingDispatch
    /// Counted at receipt and never moved; the one added later is `reopenedReply`, set anew
    /// by each 不满意 follow-up.
    public var due: [WorkOrderDeadline: Date]
    /// When each deadline was met, if it was.
    public var met: [WorkOrderDeadline: Date] = [:]
    public var leadDepartment: String?
    public var supportingDepartments: [String] = []
    public var dispatchCount = 0
    public var handler: String?
    public var reply: WorkOrderReply?
    public var repliedAt: Date?
    public var satisfaction: Satisfaction?
    public var reopenCount = 0
    /// When the latest 不满意 follow-up reopened the order: where `reopenedReply` is counted from.
    public var reopenedAt: Date?
    /// A complaint's second follow-up (二次回访): when it falls due, and when it was made.
    public var secondFollowUpDue: Date?
    public var secondFollowUpAt: Date?
    public var closedAt: Date?
    public var responsibility: ResponsibilityRuling?
    public var pushCount = 0
    public var escalation: EscalationLevel?
    public var pendingReturn: ReturnRequest?
    /// Why the dispatcher turned down the department's last return: shown to the department,
    /// which still holds the order, until it asks again.
    public var returnRejection: String?
    public var holdings: [DepartmentHolding] = []
    public var majorAcknowledgedBy: String?
    /// Departments invited to a joint diagnosis (联合会诊), in the order they were asked.
    public var invitedDepartments: [String] = []
    /// The latest question put to the joint diagnosis.
    public var jointQuestion: String?
    /// Each invited department's finding, by department; a department missing here has not answered.
    public var findings: [String: String] = [:]
    /// The earlier closed order this one repeats (重复诉求), found when it was received.
    public var repeatOf: String?
    /// Orders tied to this one (批量/重复/关联), in the order they were linked.
    public var links: [WorkOrderLink] = []
    /// 阶段回复: the latest interim reply and the time it promised the customer.
    public var promise: WorkOrderPromise?
    /// 被投诉人 of a service complaint, who may not handle or answer it.
    public var complainedAbout: ComplainedAbout?
    /// Every event about this order, oldest first.
    public var history: [WorkOrderHistoryEntry] = []

    public init(number: String, kind: WorkOrderKind, source: WorkOrderSource, category: String, major: Bool,
                customer: Customer, description: String, hotlineNumber: String?, receivedAt: Date, receivedBy: String,
                due: [WorkOrderDeadline: Date]) {
        self.number = number
        self.kind = kind
        self.source = source
        self.category = category
        self.major = major
        self.customer = customer
        self.description = description
        self.hotlineNumber = hotlineNumber
        self.receivedAt = receivedAt
        self.receivedBy = receivedBy
        self.due = due
    }

    /// The deadlines missed at `now`: met late, or not met and already past.
    public func overdue(at now: Date) -> [WorkOrderDeadline] {
        WorkOrderDeadline.allCases.filter { deadline in
            guard let due = due[deadline] else { return false }
            return (met[deadline] ?? now) > due
        }
    }

    /// Whether a deadline not yet met falls due in [`now`, `end`): due later today, on the radar.
    public func fallsDue(from now: Date, before end: Date) -> Bool {
        WorkOrderDeadline.allCases.contains { met[$0] == nil && due[$0].map { $0 >= now && $0 < end } == true }
    }

    /// Overdue now on a deadline still open: what a push on it is about.
    public func isRunningLate(at now: Date) -> Bool {
        WorkOrderDeadline.allCases.contains { deadline in
            met[deadline] == nil && due[deadline].map { now > $0 } == true
        }
    }

    /// Total time each department has held the order up to `now`.
    public func timeHeld(at now: Date) -> [String: TimeInterval] {
        holdings.reduce(into: [:]) { $0[$1.department, default: 0] += $1.duration(at: now) }
    }

    /// 待归类: received under no category of the seeds, waiting for the coordinator to classify it.
    public var awaitsClassification: Bool { category == WorkOrderCategory.unclassified.code }

    /// 非本所属地: the customer lies in another station's territory (属地管理), so the order
    /// belongs to that station and goes back to the dispatcher above, not to a department here.
    public func isOutside(station: String) -> Bool { customer.station != station }

    /// 「诉求内容为空」: a 95598 order the call centre sent without saying what it is about;
    /// taken in all the same, the department learns it from the customer at first contact.
    public static let emptyDescriptionMark = "诉求内容为空"

    public var lacksDescription: Bool { description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// The same customer back about the same matter after an earlier order was closed.
    public var isRepeat: Bool { repeatOf != nil }

    /// Invited departments that have not yet given their finding, in the order they were asked.
    public var awaitingFindings: [String] {
        invitedDepartments.filter { findings[$0] == nil }
    }

    /// Whether the department has reached the customer, or recorded why it could not: a
    /// reply needs one or the other before it.
    public var contactAttempted: Bool {
        met[.firstContact] != nil || history.contains { if case .contactFailed = $0.event { true } else { false } }
    }

    /// A major order nobody on the coordinators' or manager's side has acknowledged yet.
    public var awaitsMajorAcknowledgement: Bool { major && majorAcknowledgedBy == nil }

    /// Ends the stretch the current department holds, if one is open.
    mutating func endHolding(at time: Date) {
        if let last = holdings.indices.last, holdings[last].until == nil { holdings[last].until = time }
    }

    /// Starts the lead department's stretch.
    mutating func startHolding(at time: Date) {
        if let leadDepartment { holdings.append(DepartmentHolding(department: leadDepartment, from: time)) }
    }
}
