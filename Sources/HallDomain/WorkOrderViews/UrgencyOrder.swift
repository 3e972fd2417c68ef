import Foundation

/// The one order every work-order list is shown in (the coordinator's sections, a
/// department's desk, `order list`): most urgent first. Urgency comes in bands — overdue,
/// past the warning point (临期), with time in hand, no open deadline — and within a band
/// 重大诉求 and VIP (绿色通道) orders come before ordinary ones: a major problem is "handled
/// first" (seed 000, 3.3 诉求分类; `../shared/domain.md`), a VIP goes through the green
/// channel, but neither jumps an ordinary order that is already later than it.
public enum UrgencyOrder {
    /// How pressing an order's nearest open deadline is; lower is more urgent. The bureau's
    /// view counts a hall's open orders by it (`HallStanding`).
    public enum Band: Int, Comparable, Sendable, CaseIterable {
        case overdue, dueSoon, running, noDeadline

        public init(_ standing: DeadlineStanding?) {
            guard let standing else { self = .noDeadline; return }
            self = standing.isOverdue ? .overdue : standing.isDueSoon ? .dueSoon : .running
        }

        public static func < (lhs: Band, rhs: Band) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// 重大 or VIP: ahead of ordinary orders of the same band.
    public static func isPriority(_ order: WorkOrder) -> Bool { order.major || order.customer.vip }

    /// Whether `lhs` comes before `rhs`: band, then priority, then least time left (the most
    /// overdue at the top), then the oldest.
    public static func precedes(_ lhs: (order: WorkOrder, standing: DeadlineStanding?),
                                _ rhs: (order: WorkOrder, standing: DeadlineStanding?)) -> Bool {
        let left = Band(lhs.standing), right = Band(rhs.standing)
        if left != right { return left < right }
        let leftFirst = isPriority(lhs.order), rightFirst = isPriority(rhs.order)
        if leftFirst != rightFirst { return leftFirst }
        if let l = lhs.standing, let r = rhs.standing, l.secondsLeft != r.secondsLeft { return l.secondsLeft < r.secondsLeft }
        if lhs.order.receivedAt != rhs.order.receivedAt { return lhs.order.receivedAt < rhs.order.receivedAt }
        return lhs.order.number < rhs.order.number
    }
}
