import HallDomain
import TermUI

/// This month's report on screen, for the manager and the coordinator: work orders (how
/// many, of which categories, how each department kept its deadlines, what customers said)
/// or the hall (waits on peak days against the rest, slips per day, arrivals per hour, how
/// good the printed estimates were). Bars and sparklines fit 80 columns.
struct ReportsPane {
    var model: ReportsPaneModel
    var facts: ConsoleFacts

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let area = Rect(x: rect.minX + 1, y: rect.minY, width: rect.width - 2, height: rect.height)
        guard let report = facts.monthReport else {
            let text = facts.monthReportProblem ?? "正在读取本月的记录…"
            for (row, line) in TextFit.wrap(text, width: area.width).prefix(area.height).enumerated() {
                buffer.put(line, at: Point(x: area.minX, y: area.minY + row), role: facts.monthReportProblem == nil ? .muted : .error, clip: area)
            }
            return
        }
        Tabs(titles: ReportsPaneModel.Section.allCases.map { "\($0.rawValue + 1)\($0.title)" }, selected: model.section.rawValue)
            .draw(into: &buffer, in: Rect(x: area.minX, y: area.minY, width: area.width, height: 1), theme: theme)
        let heading = "\(report.from) 至 \(report.through)，记录至第 \(report.lastSeq) 条（r 刷新）"
        buffer.put(TextFit.fit(heading, width: area.width), at: Point(x: area.minX, y: area.minY + 1), role: .muted, clip: area)
        let body = Rect(x: area.minX, y: area.minY + 3, width: area.width, height: max(0, area.height - 3))
        switch model.section {
        case .workOrders: ReportsWorkOrders(figures: report.workOrders).draw(into: &buffer, in: body, theme: theme)
        case .hall: ReportsHall(figures: report.hall).draw(into: &buffer, in: body, theme: theme)
        }
    }
}
