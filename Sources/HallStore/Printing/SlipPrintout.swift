/// The queue slip (轮候小票) the guide hands over at the entrance.
///
/// It takes plain, already formatted values (the domain decides the number, the wait and
/// the priority; the caller formats the local time), so printing never depends on how the
/// domain models a visit.
public enum SlipPrintout {
    public static func make(
        hallName: String,
        slipNumber: String,
        businessName: String,
        customerKind: String,
        issuedAt: String,
        peopleAhead: Int,
        expectedWait: String,
        priority: String? = nil,
        formsToPrefill: [String] = [],
        footer: String? = nil,
        reprintedAt: String? = nil
    ) -> Printout {
        var lines: [PrintLine] = [
            .title(hallName),
            .centered(reprintedAt == nil ? "轮候小票" : "轮候小票（补打）"),
            .blank,
            .big(slipNumber),
            .blank,
            .rule,
            .text("业务：\(businessName)（\(customerKind)）"),
        ]
        if let priority {
            lines.append(.text("优先：\(priority)"))
        }
        lines += [
            .text("前面还有：\(peopleAhead) 人"),
            .text("预计等候：\(expectedWait)"),
            .text("取号时间：\(issuedAt)"),
        ]
        // A second paper says it is one, so two people holding the same number can be told apart.
        if let reprintedAt { lines.append(.text("补打时间：\(reprintedAt)")) }
        lines.append(.rule)
        if !formsToPrefill.isEmpty {
            lines += [.text("等候时请先填好以下表单："), .list(formsToPrefill), .rule]
        }
        lines.append(.text("请留意叫号屏和语音广播。错过叫号请尽快到导办台。本小票当日有效。"))
        if let footer {
            lines += [.blank, .centered(footer)]
        }
        return Printout(lines)
    }
}
