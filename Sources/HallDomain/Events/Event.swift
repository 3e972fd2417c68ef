/// Everything that can happen in a hall, as a fact in the log.
public enum Event: Sendable, Equatable {
    case logRepaired(LogRepaired)
    /// A snapshot of the state was stored and named by its hash (see `SnapshotTaken`).
    case snapshotTaken(SnapshotTaken)
    /// The framing before a multi-record append; changes nothing in the hall.
    case batchOpened(BatchOpened)
    case doorEnquiryAnswered(DoorEnquiryAnswered)
    case visitTurnedAway(VisitTurnedAway)
    case slipIssued(SlipIssued)
    case formsPrefilled(FormsPrefilled)
    /// A second paper of a slip; see `SlipReprinted`.
    case slipReprinted(SlipReprinted)
    case slipCalled(SlipCalled)
    case slipRecalled(SlipRecalled)
    case slipMarkedNoShow(SlipMarkedNoShow)
    case slipReinstated(SlipReinstated)
    case slipTransferred(SlipTransferred)
    case serviceStarted(ServiceStarted)
    case serviceFinished(ServiceFinished)
    case serviceRated(ServiceRated)
    case counterOpened(CounterOpened)
    case counterPaused(CounterPaused)
    case counterClosed(CounterClosed)
    case counterTakenOver(CounterTakenOver)
    /// A message to a customer spooled, handed over, or not taken by the sender.
    case noticeQueued(NoticeQueued)
    case noticeDelivered(NoticeDelivered)
    case noticeFailed(NoticeFailed)
    /// Anything that happens to a work order (工单); see `WorkOrderEvent`.
    case workOrder(WorkOrderEvent)
    /// Who acts and what they may see: denials, staff switches, PINs, unmasked exports.
    case access(AccessEvent)
    /// Anything that happens in the appointment book (预约); see `AppointmentEvent`.
    case appointment(AppointmentEvent)
    /// A record this version of HallDesk does not know (written by a newer one). Kept, not
    /// dropped: `evolve` must never fail on a fact, and replay must not lose its place.
    case unrecognised(type: String, version: Int)

    /// The body of an event about a business day, for folding into that day.
    public var dayEvent: (any DayEvent)? {
        switch self {
        case .doorEnquiryAnswered(let body): body
        case .visitTurnedAway(let body): body
        case .slipIssued(let body): body
        case .formsPrefilled(let body): body
        case .slipReprinted(let body): body
        case .slipCalled(let body): body
        case .slipRecalled(let body): body
        case .slipMarkedNoShow(let body): body
        case .slipReinstated(let body): body
        case .slipTransferred(let body): body
        case .serviceStarted(let body): body
        case .serviceFinished(let body): body
        case .serviceRated(let body): body
        case .counterOpened(let body): body
        case .counterPaused(let body): body
        case .counterClosed(let body): body
        case .counterTakenOver(let body): body
        case .noticeQueued(let body): body
        case .noticeDelivered(let body): body
        case .noticeFailed(let body): body
        case .logRepaired, .snapshotTaken, .batchOpened, .workOrder, .access, .appointment, .unrecognised: nil
        }
    }
}
