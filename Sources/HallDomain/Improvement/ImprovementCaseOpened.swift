import Foundation

/// A coordinator or the manager opened an improvement case over some orders. Each of those
/// orders shows on its timeline that the case took it in.
public struct ImprovementCaseOpened: WorkOrderEventBody {
    public static let type = "improvementCaseOpened"
    public static let version = 1

    public var caseNumber: String
    public var rootCause: String
    public var action: String
    public var ownerDepartment: String
    public var dueDay: String
    public var orders: [String]

    public init(caseNumber: String, rootCause: String, action: String, ownerDepartment: String, dueDay: String, orders: [String]) {
        self.caseNumber = caseNumber
        self.rootCause = rootCause
        self.action = action
        self.ownerDepartment = ownerDepartment
        self.dueDay = dueDay
        self.orders = orders
    }

    public var event: WorkOrderEvent { .improvementCaseOpened(self) }

    /// 「改进案例 GJ0001 立案：根因 台区变压器过载；措施 增容改造，运检部负责，2026-11-30 前完成」.
    public var summary: String {
        "改进案例 \(caseNumber) 立案：根因 \(SummaryText.oneLine(rootCause))；措施 \(SummaryText.oneLine(action))，"
            + "\(ownerDepartment)负责，\(dueDay) 前完成"
    }

    /// The case is opened even if an order is missing; false then, so the gap is counted.
    public func apply(to book: inout WorkOrderBook, at time: Date, actor: String) -> Bool {
        book.cases.append(ImprovementCase(number: caseNumber, rootCause: rootCause, action: action, ownerDepartment: ownerDepartment,
                                          dueDay: dueDay, orders: orders, openedAt: time, openedBy: actor))
        return book.record(WorkOrderHistoryEntry(time: time, actor: actor, event: event), on: orders)
    }
}
