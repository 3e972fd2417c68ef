import Foundation

/// What a reply must rest on: the customer was contacted, or the department recorded why
/// it could not be; and the handling time it states is a real moment between the order's
/// receipt and now. Checked when the reply is given, so replies already in a log (whose
/// handling time was free text) replay as they were.
extension WorkOrderDecision {
    func requireContactAttempted(_ order: WorkOrder) throws(HallRefusal) {
        guard order.contactAttempted else {
            throw HallRefusal(.contactNotRecorded, "工单 \(order.number) 还没有联系客户的记录：请先登记首次联系；"
                + "联系不上时登记未成功的原因（如电话无人接听、号码空号、客户拒接），再提交答复")
        }
    }

    func requireHandlingTime(_ text: String, of order: WorkOrder) throws(HallRefusal) {
        let zone = settings.calendar.timeZone
        guard let local = LocalTime(text: text) else {
            throw HallRefusal(.handledAtInvalid, "处理时间“\(text)”看不懂：请写成“2026-10-08 10:30”（营业厅当地时间）")
        }
        let handled = local.instant(in: zone)
        guard handled <= now else {
            throw HallRefusal(.handledAtInvalid, "处理时间 \(local.minuteText) 晚于现在（\(LocalTime(now, in: zone).minuteText)），"
                + "请填写实际处理的时间")
        }
        let received = LocalTime(order.receivedAt, in: zone)
        let receivedMinute = LocalTime(day: received.day, secondOfDay: (received.secondOfDay / 60).rounded(.down) * 60)
        guard handled >= receivedMinute.instant(in: zone) else {
            throw HallRefusal(.handledAtInvalid, "处理时间 \(local.minuteText) 早于工单受理时间（\(received.minuteText)），"
                + "请核对处理时间")
        }
    }
}
