import Foundation

/// 改进案例 (客户问题分析改进制度): several work orders explained by one root cause, with the
/// improvement action an owner department has taken on, followed until it is done.
///
/// Kept in the `WorkOrderBook` beside the orders it explains, because its events are
/// work-order events and an order's timeline shows that a case took it in.
public struct ImprovementCase: Sendable, Equatable, Codable {
    /// 「GJ0001」 upward, in the order cases were opened.
    public var number: String
    public var rootCause: String
    public var action: String
    public var ownerDepartment: String
    /// The local day the action is due, `yyyy-MM-dd`; overdue from the day after.
    public var dueDay: String
    /// The orders the case explains, in the order they were put in.
    public var orders: [String]
    public var status: ImprovementCaseStatus = .open
    public var openedAt: Date
    public var openedBy: String
    /// Every progress note, oldest first.
    public var progress: [ImprovementProgress] = []
    /// What was done, once the case is done.
    public var outcome: String?
    public var doneAt: Date?

    public init(number: String, rootCause: String, action: String, ownerDepartment: String, dueDay: String, orders: [String],
                openedAt: Date, openedBy: String) {
        self.number = number
        self.rootCause = rootCause
        self.action = action
        self.ownerDepartment = ownerDepartment
        self.dueDay = dueDay
        self.orders = orders
        self.openedAt = openedAt
        self.openedBy = openedBy
    }

    /// Still open after its due day: `today` is the hall's local day, `yyyy-MM-dd`, and
    /// strings of that shape sort in day order.
    public func isOverdue(today: String) -> Bool {
        status == .open && dueDay < today
    }
}
