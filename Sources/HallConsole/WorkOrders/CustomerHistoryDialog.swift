import Foundation
import HallDomain

/// The customer history `:` opens on the coordinator's desk when given a phone number or a
/// 户号 rather than an order: each of the customer's orders, oldest first, with the numbers
/// masked as in every list. Visits to the hall keep their phone in the log only, which the
/// console does not read back; the dialog names the command that does.
enum CustomerHistoryDialog {
    static func choice(_ key: CustomerHistory.Key, context: WorkOrderContext) -> Choice {
        let history = CustomerHistory(key: key, book: context.book, sight: context.sight)
        let who = [key.phone.map { "电话 \(Masking.phone($0))" }, key.accountNumber.map { "户号 \(Masking.phone($0))" }]
            .compactMap { $0 }.joined(separator: "、")
        let zone = context.catalog.hall.zone
        var lines = history.orders.map { order in
            let category = context.settings.category(code: order.category)?.name ?? order.category
            return "\(LocalTime(order.receivedAt, in: zone).minuteText)  \(order.number)  \(order.kind.chineseName)·\(category)  "
                + order.status.chineseName + (order.leadDepartment.map { "  主办 \($0)" } ?? "")
        }
        if lines.isEmpty { lines = ["没有这位客户的工单"] }
        lines.append("到厅记录（取号、一次性告知）：halldesk order history " + (key.phone == nil ? "--account 户号" : "--phone 电话"))
        return Choice(title: "客户历史 \(history.name ?? "")（\(who)）：工单 \(history.orders.count) 张", lines: lines, options: [])
    }
}
