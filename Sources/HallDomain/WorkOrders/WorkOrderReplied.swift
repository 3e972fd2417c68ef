import Foundation

/// The department replied; the coordinator checks it next.
public struct WorkOrderReplied: OrderEventBody {
    public static let type = "workOrderReplied"
    public static let version = 1

    public var order: String
    public var reply: WorkOrderReply

    public init(order: String, reply: WorkOrderReply) {
        self.order = order
        self.reply = reply
    }

    public var event: WorkOrderEvent { .replied(self) }

    public var summary: String {
        "答复：\(SummaryText.oneLine(reply.actions))；结果：\(SummaryText.oneLine(reply.result))"
    }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.reply = reply
        order.repliedAt = time
        order.status = .awaitingReview
    }
}
