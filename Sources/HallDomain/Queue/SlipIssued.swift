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

extension SlipIssued: ReadableBody {
    static func read(_ reader: inout BodyReader) -> SlipIssued? {
        var number: String?, queue: String?, businessDay: String?, utcOffsetSeconds: Int?, businessType: String?
        var customerKind: CustomerKind?, priority: PriorityClass??, override: ChecklistOverrideRecord??, phone: String??
        var estimate: WaitEstimate?, noticeConsent: Bool??
        guard reader.object({ reader, key in
            if key == "number" { return reader.once(&number) { $0.string() } }
            if key == "queue" { return reader.once(&queue) { $0.string() } }
            if key == "businessDay" { return reader.once(&businessDay) { $0.string() } }
            if key == "utcOffsetSeconds" { return reader.once(&utcOffsetSeconds) { $0.integer() } }
            if key == "businessType" { return reader.once(&businessType) { $0.string() } }
            if key == "customerKind" { return reader.once(&customerKind) { $0.raw(CustomerKind.self) } }
            if key == "priority" { return reader.onceOrNull(&priority) { $0.raw(PriorityClass.self) } }
            if key == "override" { return reader.onceOrNull(&override, ChecklistOverrideRecord.read) }
            if key == "phone" { return reader.onceOrNull(&phone) { $0.string() } }
            if key == "estimate" { return reader.once(&estimate, WaitEstimate.read) }
            if key == "noticeConsent" { return reader.onceOrNull(&noticeConsent) { $0.bool() } }
            return false
        }), let number, let queue, let businessDay, let utcOffsetSeconds, let businessType, let customerKind, let estimate
        else { return nil }
        return SlipIssued(number: number, queue: queue, businessDay: businessDay, utcOffsetSeconds: utcOffsetSeconds,
                          businessType: businessType, customerKind: customerKind, priority: priority ?? nil, override: override ?? nil,
                          phone: phone ?? nil, estimate: estimate, noticeConsent: noticeConsent ?? nil)
    }
}
