/// Where an order stands in the coordinator's flow. Responsibility is ruled after closing,
/// so "待定责" is a closed order without a ruling, not a status of its own.
/// `returnedToDispatcher` is an order of another station's territory sent back to the
/// dispatcher above (属地管理): out of this hall's work, but not closed by it.
/// `awaitingSecondFollowUp` is a complaint the customer was content with at the first
/// follow-up, not closable until the second one (二次回访) is done.
public enum WorkOrderStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case awaitingDispatch, dispatched, inHand, awaitingReview, awaitingFollowUp, awaitingSecondFollowUp, awaitingClose, closed
    case returnedToDispatcher

    public var chineseName: String {
        switch self {
        case .awaitingDispatch: "待派"
        case .dispatched: "待接单"
        case .inHand: "处理中"
        case .awaitingReview: "待审核"
        case .awaitingFollowUp: "待回访"
        case .awaitingSecondFollowUp: "待二次回访"
        case .awaitingClose: "待办结"
        case .closed: "已办结"
        case .returnedToDispatcher: "已退回上级"
        }
    }

    /// Whether the hall still has work on the order: neither closed nor sent back above.
    public var isOpen: Bool { self != .closed && self != .returnedToDispatcher }
}
