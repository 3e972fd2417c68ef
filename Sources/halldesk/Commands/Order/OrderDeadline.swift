import Foundation
import HallDomain

/// One deadline: when it falls due, whether and when it was met, and why it falls then.
struct OrderDeadline: Encodable {
    var deadline: String
    var name: String
    var due: String
    var met: String?
    var overdue: Bool
    /// 「已按时完成」, 「超时完成」, 「未完成」, 「未完成，已超期」.
    var state: String
    var steps: [String]
    var assumptionWarning: String?
    /// When counting again under today's settings gives another instant than the stored one.
    var todayWouldBe: String?

    /// Nil when the order has no such deadline.
    init?(_ order: WorkOrder, _ deadline: WorkOrderDeadline, reading: OrderReading, time: (Date) -> String) {
        guard let explanation = DueExplanation.explain(order, deadline, settings: reading.settings) else { return nil }
        let metAt = order.met[deadline]
        self.deadline = deadline.rawValue
        name = deadline.chineseName
        due = time(explanation.due)
        met = metAt.map(time)
        overdue = order.overdue(at: reading.now).contains(deadline)
        state = switch (metAt != nil, overdue) {
        case (true, false): "已按时完成"
        case (true, true): "超时完成"
        case (false, false): "未完成"
        case (false, true): "未完成，已超期"
        }
        steps = explanation.steps
        assumptionWarning = explanation.assumptionWarning
        todayWouldBe = explanation.differsFromStored.map(time)
    }
}
