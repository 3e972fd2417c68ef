/// What staff ask the hall to do at a terminal. `decide` turns one into events or refuses.
public enum HallCommand: Sendable, Equatable {
    /// The guide answered a quick question at the door.
    case answerAtDoor(businessType: String, customerKind: CustomerKind?)
    /// Documents are incomplete: the customer leaves with the missing-documents notice.
    case turnAway(businessType: String, customerKind: CustomerKind, presented: [String], phone: String?)
    /// Documents are complete (or a manager overrides): the customer joins the queue.
    /// `noticeConsent`: the customer agreed to be sent notices at `phone`.
    case issueSlip(businessType: String, customerKind: CustomerKind, presented: [String], priority: PriorityClass?,
                   override: ChecklistOverride?, phone: String?, noticeConsent: Bool = false)
    case markFormsPrefilled(slip: String)
    /// Prints the slip again: `slip`, or the slip issued last today when nil.
    case reprintSlip(slip: String?)
    /// Calls the next slip by the fairness rule; at a counter set to `callNextFinishes`,
    /// finishes the slip in hand first.
    case callNext(counter: Int)
    /// 指定呼叫: calls a given waiting slip of the counter's queues out of the rule's order,
    /// for a reason the clerk must give (recorded on the call).
    case callSlip(counter: Int, slip: String, reason: String)
    /// The customer's rating of the counter's last finished service.
    case rateService(counter: Int, rating: ServiceRating, source: RatingSource)
    case recall(counter: Int)
    case markNoShow(counter: Int)
    case reinstate(slip: String)
    case transfer(slip: String, toQueue: String)
    case startService(counter: Int)
    case finishService(counter: Int)
    case openCounter(counter: Int)
    /// Works a counter that is open on another terminal (or held by another clerk) from
    /// this one, after its user confirmed; the other terminal can no longer act at it.
    case takeOverCounter(counter: Int)
    case pauseCounter(counter: Int, reason: String)
    case closeCounter(counter: Int)
    /// Queues every notice to customers due now (see `NoticesDue`); `peopleAhead` is the
    /// hall's configured 前面还有N人 (seeds/notices.toml).
    case queueNotices(peopleAhead: Int)
    /// Records what the sender command made of a queued notice.
    case recordNotice(notice: String, result: NoticeResult)
    /// Enters an appointment (预约) in the book.
    case bookAppointment(AppointmentRequest)
    /// Enters every row of an imported file, all or none.
    case importAppointments([AppointmentRequest])
    case cancelAppointment(id: String, reason: String?)
    /// The customer of an appointment arrived: within its window they get a slip with
    /// appointment priority, once their documents are complete or a manager approved the
    /// gap (所长特批, with the PIN, as for any slip).
    case checkInAppointment(id: String, customerKind: CustomerKind, presented: [String], override: ChecklistOverride? = nil)
    /// Records each appointment whose check-in window has closed without a check-in (失约);
    /// asked by every console's poll and by `appointment miss-due`, recorded once.
    case recordMissedAppointments
}
