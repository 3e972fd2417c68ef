import HallDomain

/// The improvement cases for the terminal, after the section's sentence: a block per
/// case rather than a table row, because a root cause or an action is a sentence that a
/// column would cut off.
enum ReportCaseText {
    static func lines(_ cases: CaseFigures) -> [String] {
        var text: [String] = []
        if !cases.open.isEmpty { text += ["", "【期末未完成】"] + cases.open.flatMap(block) }
        if !cases.finished.isEmpty { text += ["", "【本期完成】"] + cases.finished.flatMap(block) }
        if !cases.suggested.isEmpty {
            text += ["", "【建议立案】（halldesk case open 立案，或 case dismiss 驳回）"]
            text += cases.suggested.map { suggestion in
                let matter = [suggestion.category, suggestion.area].compactMap { $0 }.joined(separator: "·")
                return "\(suggestion.key)  \(suggestion.kind.chineseName)\(matter.isEmpty ? "" : "  \(matter)")  "
                    + "\(suggestion.orders.count) 张：\(suggestion.orders.joined(separator: "、"))"
            }
        }
        return text
    }

    private static func block(_ row: ReportedCase) -> [String] {
        var lines = ["\(row.number)  \(row.statusText)  \(row.ownerDepartment)  期限 \(row.dueDay)"
                        + (row.doneDay.map { "  完成于 \($0)" } ?? ""),
                     "  根本原因：\(row.rootCause)", "  改进措施：\(row.action)"]
        if let progress = row.latestProgress { lines.append("  最新进展：\(progress)") }
        if let outcome = row.outcome { lines.append("  实际成效：\(outcome)") }
        lines.append("  涉及工单 \(row.orders.count) 张：\(row.orders.joined(separator: "、"))")
        return lines
    }
}
