/// A period's report as something to read: a title, where the figures come from, and the
/// sections with their sentences and tables. Built once from the report and its tables;
/// the terminal text, Markdown and HTML are renderings of it.
public struct ReportDocument: Sendable, Equatable {
    public var title: String
    /// 「读取记录 1234 条，至第 1234 条」: what the figures stand on.
    public var source: String
    public var sections: [ReportSection]

    /// A document put together by its maker, such as several halls' reports side by side.
    public init(title: String, source: String, sections: [ReportSection]) {
        self.title = title
        self.source = source
        self.sections = sections
    }

    public init(_ report: PeriodReport, tables: ReportTables, hallName: String) {
        title = "\(hallName) 分析报表 \(report.from) 至 \(report.through)"
            + [report.station, report.department].compactMap { $0.map { " · \($0)" } }.joined()
        source = "读取记录 \(report.eventsRead) 条，至第 \(report.lastSeq) 条"
        let orders = report.workOrders
        var said = ["受理 \(orders.received) 件，其中重大 \(orders.major) 件、重复诉求 \(orders.repeats) 件。"]
        if orders.lateImports > 0 {
            said.append("工单按受理时间计入当期；其中 \(orders.lateImports) 件在本期结束后才导入（补录），本期结束前出的报表里没有它们。")
        }
        if !orders.fastestGrowing.isEmpty {
            let grown = orders.categoryChanges.filter { orders.fastestGrowing.contains($0.category) }
            said.append("比上期增长最多的类别：" + grown.map { "\($0.category)（+\($0.change)）" }.joined(separator: "、"))
        }
        let escalated = orders.escalations.filter { $0.total > 0 }
        if !escalated.isEmpty {
            said.append("升级" + escalated.map { "至\($0.level) \($0.total) 次" }.joined(separator: "、")
                        + "，其中按时限自动升级 \(escalated.reduce(0) { $0 + $1.byTime }) 次。")
        }
        let cases = report.cases
        sections = [
            ReportSection(part: .workOrders, heading: "一、工单" + (report.station.map { "（仅\($0)客户）" } ?? ""), sentences: said, tables: tables.workOrders),
            ReportSection(part: .cases, heading: "二、改进案例（逾期按 \(cases.asOf) 计）",
                          sentences: ["期末未完成 \(cases.open.count) 个（其中逾期 \(cases.overdueOpen) 个），本期完成 \(cases.finished.count) 个，"
                                      + "建议立案 \(cases.suggested.count) 组。"],
                          tables: tables.cases),
            ReportSection(part: .hall, heading: "三、营业厅（等候目标 \(report.hall.waitTargetMinutes) 分钟；等候为取号到首次叫号）",
                          sentences: [], tables: tables.hall),
        ]
    }
}
