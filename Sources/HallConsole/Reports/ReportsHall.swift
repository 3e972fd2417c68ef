import HallDomain
import TermUI

/// The hall half: waits on peak days against the rest, slips per day as a sparkline,
/// arrivals per hour as bars, and how close each queue's printed estimate came.
struct ReportsHall {
    var figures: HallFigures

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        var y = rect.minY
        let rows = [figures.total, figures.peak, figures.offPeak].map { row in
            [row.label, "\(row.slipsIssued)", "\(row.served)", minutes(row.wait.averageMinutes), minutes(row.wait.p90Minutes),
             row.wait.withinTarget.map { "\(Int(($0 * 100).rounded()))%" } ?? "—", "\(row.turnedAway)", "\(row.noShows)"]
        }
        TableView(columns: [TableColumn("", width: 6), TableColumn("取号", width: 5, alignment: .trailing),
                            TableColumn("办结", width: 5, alignment: .trailing), TableColumn("平均等候", width: 8, alignment: .trailing),
                            TableColumn("P90", width: 6, alignment: .trailing),
                            TableColumn("\(figures.waitTargetMinutes)分内", width: 6, alignment: .trailing),
                            TableColumn("告知", width: 4, alignment: .trailing), TableColumn("过号", width: 4, alignment: .trailing)],
                  rows: rows).fitted(to: rect.width).draw(into: &buffer, in: Rect(x: rect.minX, y: y, width: rect.width, height: 4), theme: theme)
        y += 5
        guard y < rect.maxY else { return }
        let label = buffer.put("每日取号 ", at: Point(x: rect.minX, y: y), role: .header, clip: rect)
        Sparkline(figures.days.map { Double($0.slipsIssued) })
            .draw(into: &buffer, in: Rect(x: label, y: y, width: rect.maxX - label, height: 1), theme: theme)
        y += 2
        guard y < rect.maxY else { return }
        buffer.put("各时段取号", at: Point(x: rect.minX, y: y), role: .header, clip: rect)
        y += 1
        let hours = figures.hours.filter { $0.slipsIssued > 0 }
        let height = min(hours.count, max(0, rect.maxY - y - 2))
        BarChart(hours.map { Bar(label: "\($0.label)时", value: Double($0.slipsIssued), valueText: "\($0.slipsIssued)") })
            .draw(into: &buffer, in: Rect(x: rect.minX, y: y, width: rect.width, height: height), theme: theme)
        y += height + 1
        guard y < rect.maxY else { return }
        let estimates = figures.estimates.map { "\($0.queue) 队 误差中位 \(minutes($0.medianAbsoluteErrorMinutes))" }
        for line in TextFit.wrap("预计等候的准确度：" + estimates.joined(separator: "  "), width: rect.width) where y < rect.maxY {
            buffer.put(line, at: Point(x: rect.minX, y: y), clip: rect)
            y += 1
        }
    }

    private func minutes(_ value: Double?) -> String {
        value.map { "\(Int($0.rounded()))分" } ?? "—"
    }
}
