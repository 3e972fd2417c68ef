import Foundation

/// The follow-up call. A dissatisfied customer reopens the order to the lead department, which holds it again and must reply again.
public struct WorkOrderFollowedUp: OrderEventBody {
    public static let type = "workOrderFollowedUp"
    public static let version = 1

    public var order: String
    public var satisfaction: Satisfaction
    public var note: String

    public init(order: String, satisfaction: Satisfaction, note: String) {
        self.order = order
        self.satisfaction = satisfaction
        self.note = note
    }

    public var event: WorkOrderEvent { .followedUp(self) }

    public var summary: String {
        let said = SummaryText.oneLine(note)
        let parts = ["回访：\(satisfaction.chineseName)", said, satisfaction == .dissatisfied ? "退回主办部门重新处理" : ""]
        return parts.filter { !$0.isEmpty }.joined(separator: "，")
    }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.satisfaction = satisfaction
        if satisfaction == .dissatisfied {
            order.reopenCount += 1
            order.status = .inHand
            order.startHolding(at: time)
        } else {
            order.status = .awaitingClose
        }
    }
}
