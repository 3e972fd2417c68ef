import Foundation

/// The coordinator's checks after the reply: review, follow-up, close, rule responsibility.
extension WorkOrderDecision {
    func review(_ number: String, accept: Bool, reason: String?) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.awaitingReview], to: "审核答复")
        if !accept { try requireText(reason, .reasonMissing, "退回答复须写明原因，部门才知道要补什么") }
        return [.reviewed(WorkOrderReviewed(order: number, accepted: accept, reason: reason))]
    }

    func close(_ number: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        if order.status == .awaitingSecondFollowUp, let due = order.secondFollowUpDue {
            throw HallRefusal(.workOrderWrongStatus, "投诉工单 \(number) 须做完二次回访才能办结："
                + "\(LocalTime(due, in: settings.calendar.timeZone).minuteText) 起回访客户并登记")
        }
        try require(order, in: [.awaitingClose], to: "办结（须回访满意或基本满意）")
        return [.closed(WorkOrderClosed(order: number))]
    }

    /// 先处理、后定责: only a closed order is ruled, once; at fault names department and person.
    func ruleResponsibility(_ number: String, _ ruling: ResponsibilityRuling) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.closed], to: "定责（先处理、后定责，请先办结）")
        guard order.responsibility == nil else {
            throw HallRefusal(.alreadyRuled, "工单 \(number) 已定责，不能重复定责")
        }
        if ruling.finding == .atFault {
            try requireText(ruling.department, .rulingIncomplete, "有责须写明责任部门")
            try requireText(ruling.person, .rulingIncomplete, "有责须写明责任人")
        }
        return [.responsibilityRuled(ResponsibilityRuled(order: number, ruling: ruling))]
    }
}
