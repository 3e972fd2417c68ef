import Foundation

/// 阶段回复: an interim reply to the customer with a promised time, by the lead department.
extension WorkOrderDecision {
    func interimReply(_ number: String, promisedAt text: String, note: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: [.inHand], to: "登记阶段回复（请先接单）")
        try requireText(note, .noteMissing, "请写明向客户阶段回复的内容后再登记")
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let promised = LocalTime(text: trimmed)?.instant(in: settings.calendar.timeZone) else {
            throw HallRefusal(.promiseTimeInvalid, "承诺时间“\(text)”看不懂，请写成 YYYY-MM-DD HH:MM，如 2026-10-09 17:00")
        }
        guard promised > now else {
            throw HallRefusal(.promiseTimeInvalid, "承诺时间 \(trimmed) 已经过去，请写向客户承诺的将来时间")
        }
        return [.interimReplied(WorkOrderInterimReplied(order: number, note: note, promisedAt: InstantText.text(promised),
                                                          promisedText: trimmed))]
    }
}
