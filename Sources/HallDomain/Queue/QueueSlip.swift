import Foundation

/// One queue slip (轮候小票) and what has happened to it today.
///
/// Times come from the records of the events that moved it, so waits and service times
/// are measured from the log, not from any terminal's clock.
public struct QueueSlip: Sendable, Equatable, Codable {
    /// Queue letter + 3 digits (`A001`); unique within its business day.
    public var number: String
    /// The queue it waits in now (changes on transfer; the number does not).
    public var queue: String
    public var businessType: String
    public var customerKind: CustomerKind
    public var priority: PriorityClass?
    /// When it was issued. Kept through transfers and reinstatement: that is its place.
    public var issuedAt: Date
    public var status: SlipStatus
    /// The counter holding it while called or serving.
    public var counter: Int?
    /// The first call ends the customer's wait; later calls (after a no-show or transfer)
    /// do not restart it.
    public var firstCalledAt: Date?
    public var calledAt: Date?
    public var startedAt: Date?
    public var finishedAt: Date?
    public var noShowAt: Date?
    public var recallCount: Int
    public var formsPrefilled: Bool
    /// Queues it was transferred out of, oldest first.
    public var transferredFrom: [String]
    /// The estimate printed on the slip, kept so that its error can be measured.
    public var estimate: WaitEstimate
    public var override: ChecklistOverrideRecord?
    /// The customer's rating of the finished service, once given (one per service).
    public var rating: ServiceRating?

    public init(number: String, queue: String, businessType: String, customerKind: CustomerKind, priority: PriorityClass?,
                issuedAt: Date, estimate: WaitEstimate, override: ChecklistOverrideRecord?) {
        self.number = number
        self.queue = queue
        self.businessType = businessType
        self.customerKind = customerKind
        self.priority = priority
        self.issuedAt = issuedAt
        self.status = .waiting
        self.counter = nil
        self.firstCalledAt = nil
        self.calledAt = nil
        self.startedAt = nil
        self.finishedAt = nil
        self.noShowAt = nil
        self.recallCount = 0
        self.formsPrefilled = false
        self.transferredFrom = []
        self.estimate = estimate
        self.override = override
    }

    /// Minutes from issue to first call, once called.
    public var waitMinutes: Double? {
        firstCalledAt.map { ElapsedMinutes.between(issuedAt, $0) }
    }

    /// Minutes at the counter once finished: from the start of service, or from the call
    /// when the clerk skipped "start".
    public var serviceMinutes: Double? {
        guard let finishedAt, let start = startedAt ?? calledAt else { return nil }
        return ElapsedMinutes.between(start, finishedAt)
    }

    /// The order slips are served in within one class: earliest issue first, the number
    /// breaking ties between slips issued in the same instant.
    public func isIssued(before other: QueueSlip) -> Bool {
        issuedAt != other.issuedAt ? issuedAt < other.issuedAt : number < other.number
    }
}
