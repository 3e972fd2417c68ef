import Foundation

/// Everything that can happen to a work order, kept as one case of `Event` so the hall's
/// event list, codec and log descriptions grow by one line, not by one per body.
public enum WorkOrderEvent: Sendable, Equatable {
    case received(WorkOrderReceived)
    case escalated(WorkOrderEscalated)
    case majorAcknowledged(MajorAcknowledged)
    case dispatched(WorkOrderDispatched)
    case recalled(WorkOrderRecalled)
    case returnRequested(WorkOrderReturnRequested)
    case returnConfirmed(WorkOrderReturnConfirmed)
    case returnRejected(WorkOrderReturnRejected)
    case accepted(WorkOrderAccepted)
    case contacted(WorkOrderContacted)
    case progressNoted(WorkOrderProgressNoted)
    case replied(WorkOrderReplied)
    case reviewed(WorkOrderReviewed)
    case followedUp(WorkOrderFollowedUp)
    case closed(WorkOrderClosed)
    case responsibilityRuled(ResponsibilityRuled)
    case pushed(WorkOrderPushed)
    case jointDiagnosisInvited(JointDiagnosisInvited)
    case jointFindingRecorded(JointFindingRecorded)
    case linked(WorkOrdersLinked)
    case improvementCaseOpened(ImprovementCaseOpened)
    case improvementCaseOrdersAdded(ImprovementCaseOrdersAdded)
    case improvementProgressRecorded(ImprovementProgressRecorded)
    case improvementCaseDone(ImprovementCaseDone)
    case caseSuggestionDismissed(CaseSuggestionDismissed)
    case escalationAcknowledged(EscalationAcknowledged)
    case classified(WorkOrderClassified)
    case returnedToDispatcher(WorkOrderReturnedToDispatcher)
    case interimReplied(WorkOrderInterimReplied)
    case complainedAboutRecorded(ComplainedAboutRecorded)
    case contactFailed(WorkOrderContactFailed)

    public var body: any WorkOrderEventBody {
        switch self {
        case .received(let body): body
        case .escalated(let body): body
        case .majorAcknowledged(let body): body
        case .dispatched(let body): body
        case .recalled(let body): body
        case .returnRequested(let body): body
        case .returnConfirmed(let body): body
        case .returnRejected(let body): body
        case .accepted(let body): body
        case .contacted(let body): body
        case .progressNoted(let body): body
        case .replied(let body): body
        case .reviewed(let body): body
        case .followedUp(let body): body
        case .closed(let body): body
        case .responsibilityRuled(let body): body
        case .pushed(let body): body
        case .jointDiagnosisInvited(let body): body
        case .jointFindingRecorded(let body): body
        case .linked(let body): body
        case .improvementCaseOpened(let body): body
        case .improvementCaseOrdersAdded(let body): body
        case .improvementProgressRecorded(let body): body
        case .improvementCaseDone(let body): body
        case .caseSuggestionDismissed(let body): body
        case .escalationAcknowledged(let body): body
        case .classified(let body): body
        case .returnedToDispatcher(let body): body
        case .interimReplied(let body): body
        case .complainedAboutRecorded(let body): body
        case .contactFailed(let body): body
        }
    }

    /// Every body type, for decoding by (type, version).
    static let bodyTypes: [any WorkOrderEventBody.Type] = [
        WorkOrderReceived.self, WorkOrderEscalated.self, MajorAcknowledged.self, WorkOrderDispatched.self,
        WorkOrderRecalled.self, WorkOrderReturnRequested.self, WorkOrderReturnConfirmed.self, WorkOrderAccepted.self,
        WorkOrderContacted.self, WorkOrderProgressNoted.self, WorkOrderReplied.self, WorkOrderReviewed.self,
        WorkOrderFollowedUp.self, WorkOrderClosed.self, ResponsibilityRuled.self, WorkOrderPushed.self,
        JointDiagnosisInvited.self, JointFindingRecorded.self, WorkOrdersLinked.self,
        ImprovementCaseOpened.self, ImprovementCaseOrdersAdded.self, ImprovementProgressRecorded.self, ImprovementCaseDone.self,
        CaseSuggestionDismissed.self, EscalationAcknowledged.self, WorkOrderClassified.self, WorkOrderReturnedToDispatcher.self,
        WorkOrderReturnRejected.self, WorkOrderInterimReplied.self, ComplainedAboutRecorded.self,
        WorkOrderContactFailed.self,
    ]

    /// The body type stored under `type` and `version`, nil when no work-order event is.
    public static func bodyType(type: String, version: Int) -> (any WorkOrderEventBody.Type)? {
        bodyTypes.first(where: { $0.type == type && $0.version == version })
    }

    /// The event stored as (type, version, body), or nil if no work-order body has that type and version.
    static func decode(type: String, version: Int, body: Data) throws(EventCodec.UndecodableBody) -> WorkOrderEvent? {
        guard let bodyType = bodyType(type: type, version: version) else { return nil }
        return try decoded(bodyType, body)
    }

    private static func decoded<B: WorkOrderEventBody>(_: B.Type, _ data: Data) throws(EventCodec.UndecodableBody) -> WorkOrderEvent {
        let body: B = try EventCodec.decoded(data, B.type, B.version)
        return body.event
    }
}
