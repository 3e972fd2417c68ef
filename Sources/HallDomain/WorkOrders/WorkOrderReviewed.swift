import Foundation

/// The coordinator checked the reply: accepted (the reply deadline is met at the reply's time) or sent back with a reason.
public struct WorkOrderReviewed: OrderEventBody {
    public static let type = "workOrderReviewed"
    public static let version = 1

    public var order: String
    public var accepted: Bool
    public var reason: String?

    public init(order: String, accepted: Bool, reason: String?) {
        self.order = order
        self.accepted = accepted
        self.reason = reason
    }

    public var event: WorkOrderEvent { .reviewed(self) }

    public var summary: String { accepted ? "答复审核通过" : SummaryText.titled("答复退回重办", reason) }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        if accepted {
            if order.met[.reply] == nil { order.met[.reply] = order.repliedAt ?? time }
            if order.due[.reopenedReply] != nil, order.met[.reopenedReply] == nil {
                order.met[.reopenedReply] = order.repliedAt ?? time
            }
            order.endHolding(at: time)
            order.status = .awaitingFollowUp
        } else {
            order.status = .inHand
        }
    }
}
