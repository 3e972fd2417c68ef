/// What staff ask the hall to do at a terminal. `decide` turns one into events or refuses.
public enum HallCommand: Sendable, Equatable {
    /// The guide answered a quick question at the door.
    case answerAtDoor(businessType: String, customerKind: CustomerKind?)
    /// Documents are incomplete: the customer leaves with the missing-documents notice.
    case turnAway(businessType: String, customerKind: CustomerKind, presented: [String], phone: String?)
    /// Documents are complete (or a manager overrides): the customer joins the queue.
    case issueSlip(businessType: String, customerKind: CustomerKind, presented: [String], priority: PriorityClass?,
                   override: ChecklistOverride?, phone: String?)
    case markFormsPrefilled(slip: String)
    /// Prints the slip again: `slip`, or the slip issued last today when nil.
    case reprintSlip(slip: String?)
    case callNext(counter: Int)
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
}
