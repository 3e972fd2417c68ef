import HallDomain
import TermUI

/// The work-order half: totals, the categories as bars, each department's on-time rates,
/// and the follow-up answers.
struct ReportsWorkOrders {
    var figures: WorkOrderFigures

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        var y = rect.minY
        let totals = "受理 \(figures.received) 张  " + (figures.lateImports > 0 ? "其中补录 \(figures.lateImports)  " : "")
            + "重大 \(figures.major)  重复 \(figures.repeats)  "
            + "回访 " + figures.satisfaction.map { "\($0.label) \($0.count)" }.joined(separator: "  ")
        for line in TextFit.wrap(totals, width: rect.width) {
            buffer.put(line, at: Point(x: rect.minX, y: y), role: .title, clip: rect)
            y += 1
        }
        y += 1
        let categories = figures.byCategory.sorted { $0.count > $1.count }.prefix(6)
        buffer.put("按诉求类别", at: Point(x: rect.minX, y: y), role: .header, clip: rect)
        y += 1
        let chartHeight = min(categories.count, max(0, rect.maxY - y))
        BarChart(categories.map { Bar(label: $0.label, value: Double($0.count), valueText: "\($0.count)") })
            .draw(into: &buffer, in: Rect(x: rect.minX, y: y, width: rect.width, height: chartHeight), theme: theme)
        y += chartHeight + 1
        guard y < rect.maxY else { return }
        let departments = Set(figures.firstContact.map(\.department) + figures.reply.map(\.department)).sorted()
        let rows = departments.map { department in
            [department, rate(figures.firstContact.first { $0.department == department }),
             rate(figures.reply.first { $0.department == department }),
             "\(figures.returns.first { $0.department == department }?.confirmed ?? 0)"]
        }
        TableView(columns: [TableColumn("部门", width: 12), TableColumn("首次联系按时", width: 16), TableColumn("答复按时", width: 16),
                            TableColumn("回退", width: 6, alignment: .trailing)], rows: rows)
            .fitted(to: rect.width).draw(into: &buffer, in: Rect(x: rect.minX, y: y, width: rect.width, height: min(rows.count + 1, rect.maxY - y)), theme: theme)
    }

    /// 「9/10 90%」, or 「—」 when nothing fell due.
    private func rate(_ figures: DeadlineFigures?) -> String {
        guard let figures, let rate = figures.onTimeRate else { return "—" }
        return "\(figures.onTime)/\(figures.due) \(Int((rate * 100).rounded()))%"
    }
}
