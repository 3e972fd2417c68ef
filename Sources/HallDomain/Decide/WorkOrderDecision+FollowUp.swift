import Foundation

/// The coordinator's follow-up call (回访) and a complaint's second one (二次回访).
extension WorkOrderDecision {
    /// The order's status says which follow-up this is. 不满意 reopens the order with a new
    /// reply deadline: the kind's reply limit in `deadlines.toml`, counted from now. A
    /// complaint the customer is content with waits `secondFollowUpDays` for the second call,
    /// which may not be made earlier.
    func followUp(_ number: String, satisfaction: Satisfaction, note: String, method: FollowUpMethod) throws(HallRefusal)
        -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.awaitingFollowUp, .awaitingSecondFollowUp], to: "回访（须在答复审核通过之后）")
        let second = order.status == .awaitingSecondFollowUp
        if second, let due = order.secondFollowUpDue, now < due {
            throw HallRefusal(.secondFollowUpNotDue, "二次回访须在首次回访 \(settings.secondFollowUpDays) 天后进行："
                + "请于 \(LocalTime(due, in: settings.calendar.timeZone).minuteText) 起再回访客户")
        }
        var body = WorkOrderFollowedUp(order: number, satisfaction: satisfaction, note: note, method: method,
                                       second: second ? true : nil)
        if satisfaction == .dissatisfied {
            try requireText(note, .noteMissing, "客户不满意时须记下客户的意见，工单将退回主办部门重新处理")
            body.replyDue = reopenedReplyDue(order).map(InstantText.text)
        } else if !second, order.kind == .complaint, settings.secondFollowUpDays > 0 {
            let local = LocalTime(now, in: settings.calendar.timeZone)
            let due = LocalTime(day: local.day.adding(days: settings.secondFollowUpDays), secondOfDay: local.secondOfDay)
            body.secondFollowUpDue = InstantText.text(due.instant(in: settings.calendar.timeZone))
        }
        return [.followedUp(body)]
    }

    /// The kind's reply limit counted from now; nil when the kind has none.
    private func reopenedReplyDue(_ order: WorkOrder) -> Date? {
        settings.deadlines[order.kind]?.reply.map { settings.calendar.due(from: now, clock: $0).instant }
    }
}
