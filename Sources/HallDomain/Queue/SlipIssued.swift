import Foundation

/// A slip was issued: the customer's documents were complete (or a manager overrode the
/// checklist) and they joined a queue with the estimate printed on the slip.
public struct SlipIssued: DayEvent {
    public static let type = "slipIssued"
    public static let version = 1

    public var number: String
    public var queue: String
    public var businessDay: String
    public var utcOffsetSeconds: Int
    public var businessType: String
    public var customerKind: CustomerKind
    public var priority: PriorityClass?
    public var override: ChecklistOverrideRecord?
    /// For calling the customer back; copied into the state only when the customer agreed
    /// to be sent notices (`noticeConsent`), and only for the day.
    public var phone: String?
    public var estimate: WaitEstimate
    /// The customer agreed to be sent 前面还有N人 and 叫号 notices at `phone`. Absent in
    /// slips issued before notices existed and when the customer did not agree.
    public var noticeConsent: Bool?

    public init(number: String, queue: String, businessDay: String, utcOffsetSeconds: Int, businessType: String,
                customerKind: CustomerKind, priority: PriorityClass?, override: ChecklistOverrideRecord?, phone: String?,
                estimate: WaitEstimate, noticeConsent: Bool? = nil) {
        self.number = number
        self.queue = queue
        self.businessDay = businessDay
        self.utcOffsetSeconds = utcOffsetSeconds
        self.businessType = businessType
        self.customerKind = customerKind
        self.priority = priority
        self.override = override
        self.phone = phone
        self.estimate = estimate
        self.noticeConsent = noticeConsent
    }

    public func apply(to day: inout HallDay, at time: Date) -> Bool {
        day.slips.append(QueueSlip(number: number, queue: queue, businessType: businessType, customerKind: customerKind,
                                   priority: priority, issuedAt: time, estimate: estimate, override: override))
        day.utcOffsetSeconds = utcOffsetSeconds
        if noticeConsent == true, let phone, !phone.isEmpty { day.noticePhones[number] = phone }
        day.tally.arrivalsPerQuarterHour[LocalDay.quarterHourSlot(of: time, utcOffsetSeconds: utcOffsetSeconds)] += 1
        if override != nil { day.tally.overriddenSlips.append(number) }
        return true
    }
}
