import Foundation

/// The coordinator's saved sections: where the orders that need something from them are.
/// An order can be in several (处理中 and 临期); 全部 holds every order.
public enum WorkOrderSection: String, Sendable, Equatable, CaseIterable {
    case awaitingDispatch, inProgress, dueSoon, overdue, awaitingReview, awaitingFollowUp, awaitingRuling, all

    public var chineseName: String {
        switch self {
        case .awaitingDispatch: "待派"
        case .inProgress: "处理中"
        case .dueSoon: "临期"
        case .overdue: "超期"
        case .awaitingReview: "待审核"
        case .awaitingFollowUp: "待回访"
        case .awaitingRuling: "待定责"
        case .all: "全部"
        }
    }

    /// The section named in Chinese or by its code (for `--section`).
    public init?(name: String) {
        guard let section = Self.allCases.first(where: { $0.chineseName == name || $0.rawValue == name }) else { return nil }
        self = section
    }

    /// 待派 includes a return the dispatcher still has to confirm; 待回访 includes orders
    /// followed up and waiting to be closed, since the same person closes them, and
    /// complaints waiting for their second follow-up (待二次回访).
    public func contains(_ order: WorkOrder, at now: Date, settings: WorkOrderSettings) -> Bool {
        contains(order, standing: order.standing(at: now, settings: settings))
    }

    /// The same, with the order's standing already worked out (it counts working time, the
    /// costly part), so a screen measures each order once for all the sections.
    public func contains(_ order: WorkOrder, standing: DeadlineStanding?) -> Bool {
        switch self {
        case .awaitingDispatch: order.status == .awaitingDispatch || order.pendingReturn != nil
        case .inProgress: order.status == .dispatched || order.status == .inHand
        case .dueSoon: standing?.isDueSoon == true
        case .overdue: standing?.isOverdue == true
        case .awaitingReview: order.status == .awaitingReview
        case .awaitingFollowUp: [.awaitingFollowUp, .awaitingSecondFollowUp, .awaitingClose].contains(order.status)
        case .awaitingRuling: order.status == .closed && order.responsibility == nil
        case .all: true
        }
    }
}

extension WorkOrderBook {
    /// The orders of `section`, most urgent first (`UrgencyOrder`).
    public func orders(in section: WorkOrderSection, at now: Date, settings: WorkOrderSettings) -> [WorkOrder] {
        WorkOrderStandings(book: self, settings: settings, now: now).orders(in: section)
    }
}
