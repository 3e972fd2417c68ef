import Foundation
import HallDomain

/// The customer history `:` opens on the coordinator's desk when given a phone number or a
/// 户号 rather than an order: each of the customer's orders, oldest first, with the numbers
/// masked as in every list. Visits to the hall keep their phone in the log only, which the
/// console does not read back; the dialog names the command that does.
enum CustomerHistoryDialog {
    static func choice(_ key: CustomerHistory.Key, context: WorkOrderContext) -> Choice {
        let history = CustomerHistory(key: key, book: context.book, sight: context.sight)
        let number = key.phone ?? key.accountNumber ?? ""
        let zone = context.catalog.hall.zone
        var lines = history.orders.map { order in
            let local = LocalTime(order.receivedAt, in: zone)
            let category = context.settings.category(code: order.category)?.name ?? order.category
            return String(format: "%02d-%02d ", local.day.month, local.day.day) + local.clockText
                + "  \(order.number)  \(order.kind.chineseName)·\(category)  \(order.status.chineseName)"
                + (order.leadDepartment.map { "  \($0)" } ?? "")
        }
        lines.insert(history.orders.isEmpty ? "没有这个号码（电话或户号）的工单" : "工单 \(history.orders.count) 张，先后如下：", at: 0)
        lines.append("到厅记录（取号、一次性告知）：halldesk order history")
        return Choice(title: "客户历史 \(history.name ?? "")（\(Masking.phone(number))）", lines: lines, options: [])
    }
}
