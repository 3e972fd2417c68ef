import Foundation

/// The follow-up call, or a complaint's second one (二次回访). A dissatisfied customer
/// reopens the order to the lead department, which holds it again and must reply again by
/// `replyDue`; a complaint the customer is content with waits for its second follow-up
/// from `secondFollowUpDue`. The optional fields are absent from older logs' events.
public struct WorkOrderFollowedUp: OrderEventBody {
    public static let type = "workOrderFollowedUp"
    public static let version = 1

    public var order: String
    public var satisfaction: Satisfaction
    public var note: String
    /// 电话、短信、上门、信函; nil in events written before it was asked.
    public var method: FollowUpMethod?
    /// True on the second follow-up of a complaint.
    public var second: Bool?
    /// A 不满意 follow-up's new reply deadline (RFC 3339 UTC, like the receipt's).
    public var replyDue: String?
    /// When a complaint's second follow-up falls due (RFC 3339 UTC).
    public var secondFollowUpDue: String?

    public init(order: String, satisfaction: Satisfaction, note: String, method: FollowUpMethod? = nil, second: Bool? = nil,
                replyDue: String? = nil, secondFollowUpDue: String? = nil) {
        self.order = order
        self.satisfaction = satisfaction
        self.note = note
        self.method = method
        self.second = second
        self.replyDue = replyDue
        self.secondFollowUpDue = secondFollowUpDue
    }

    public var event: WorkOrderEvent { .followedUp(self) }

    public var summary: String {
        let title = second == true ? "二次回访" : "回访"
        let said = SummaryText.oneLine(note)
        let heard = "\(title)：\(satisfaction.chineseName)" + (method.map { "（\($0.chineseName)）" } ?? "")
        let parts = [heard, said, satisfaction == .dissatisfied ? "退回主办部门重新处理" : "", secondFollowUpDue != nil ? "待二次回访" : ""]
        return parts.filter { !$0.isEmpty }.joined(separator: "，")
    }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.satisfaction = satisfaction
        if second == true { order.secondFollowUpAt = time }
        if satisfaction == .dissatisfied {
            order.reopenCount += 1
            order.reopenedAt = time
            order.due[.reopenedReply] = replyDue.flatMap(InstantText.date)
            order.met[.reopenedReply] = nil
            order.secondFollowUpDue = nil
            order.status = .inHand
            order.startHolding(at: time)
        } else if let due = secondFollowUpDue.flatMap(InstantText.date) {
            order.secondFollowUpDue = due
            order.secondFollowUpAt = nil
            order.status = .awaitingSecondFollowUp
        } else {
            order.status = .awaitingClose
        }
    }
}
