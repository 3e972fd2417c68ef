/// Where an order stands in the coordinator's flow. Responsibility is ruled after closing,
/// so "待定责" is a closed order without a ruling, not a status of its own.
public enum WorkOrderStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case awaitingDispatch, dispatched, inHand, awaitingReview, awaitingFollowUp, awaitingClose, closed

    public var chineseName: String {
        switch self {
        case .awaitingDispatch: "待派"
        case .dispatched: "待接单"
        case .inHand: "处理中"
        case .awaitingReview: "待审核"
        case .awaitingFollowUp: "待回访"
        case .awaitingClose: "待办结"
        case .closed: "已办结"
        }
    }
}
