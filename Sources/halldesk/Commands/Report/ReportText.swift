import HallDomain
import TermUI

/// The report as plain text for the terminal or a printer: a heading, a few sentences,
/// then the tables; every line within 80 columns.
enum ReportText {
    static func lines(_ report: PeriodReport, tables: ReportTables, hallName: String) -> [String] {
        let orders = report.workOrders
        var heading = "\(hallName) 分析报表 \(report.from) 至 \(report.through)"
        if let department = report.department { heading += " · \(department)" }
        var text = [heading, "（读取记录 \(report.eventsRead) 条，至第 \(report.lastSeq) 条）", "", "一、工单"]
        text.append("受理 \(orders.received) 件，其中重大 \(orders.major) 件、重复诉求 \(orders.repeats) 件。")
        if !orders.fastestGrowing.isEmpty {
            let grown = orders.categoryChanges.filter { orders.fastestGrowing.contains($0.category) }
            text.append("比上期增长最多的类别：" + grown.map { "\($0.category)（+\($0.change)）" }.joined(separator: "、"))
        }
        for table in tables.workOrders { text += [""] + ReportTableText.lines(table) }
        text += [""] + ReportCaseText.lines(report.cases)
        text += ["", "三、营业厅（等候目标 \(report.hall.waitTargetMinutes) 分钟；等候为取号到首次叫号）"]
        for table in tables.hall { text += [""] + ReportTableText.lines(table) }
        return text.flatMap { $0.isEmpty ? [""] : TextFit.wrap($0, width: ReportTableText.width) }
    }
}
