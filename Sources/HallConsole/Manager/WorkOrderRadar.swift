import Foundation
import HallDomain
import TermUI

/// The work-order side of the manager's panel in two lines, so the queue and counter tables
/// still fit at 80×24: open orders by state on the first; on the second what needs the
/// manager — overdue by department, due later today, major orders nobody acknowledged,
/// batch warnings and improvement cases past their due day.
struct WorkOrderRadar {
    var book: WorkOrderBook
    /// The orders as they stand, measured once per log head and minute; nil when the
    /// work-order settings did not load (`settingsProblem` says why).
    var standings: WorkOrderStandings?
    var settingsProblem: String?
    var zone: TimeZone

    /// Each line with the role it is drawn in; the meaning is always in the words too.
    var lines: [(text: String, role: ThemeRole)] {
        guard let standings else {
            return [("工单看板暂不能显示：工单设置未能载入（\(settingsProblem ?? "原因不明")）", .error)]
        }
        return [openLine(standings.attention), attentionLine(standings)]
    }

    /// Draws the lines from the top of `area`; the rows it used.
    func draw(into buffer: inout Buffer, in area: Rect) -> Int {
        let shown = lines.prefix(max(0, area.height))
        for (row, line) in shown.enumerated() {
            buffer.put(TextFit.fit(line.text, width: area.width), at: Point(x: area.minX, y: area.minY + row), role: line.role, clip: area)
        }
        return shown.count
    }

    /// 「工单在办 3：待派 2  待接单 1」, states with no orders left out.
    private func openLine(_ attention: WorkOrderAttention) -> (text: String, role: ThemeRole) {
        let counts = attention.openByStatus
        let byState = WorkOrderStatus.allCases.compactMap { status in counts[status].map { "\(status.chineseName) \($0)" } }
        return ("工单在办 \(counts.values.reduce(0, +))" + (byState.isEmpty ? "" : "：" + byState.joined(separator: "  ")), .normal)
    }

    /// 「超期 1（营销部 1）  今日到期 1  重大待确认 1  批量预警 0  改进逾期 0」.
    private func attentionLine(_ standings: WorkOrderStandings) -> (text: String, role: ThemeRole) {
        let attention = standings.attention
        let late = attention.lateByDepartment.values.reduce(0, +)
        let byDepartment = attention.lateByDepartment.map { (key: $0.key ?? "未派单", value: $0.value) }
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key) \($0.value)" }
        let dueToday = attention.dueToday
        let major = attention.majorNotAcknowledged.count
        let batches = standings.batchWarnings.count
        let casesLate = book.overdueCases(today: LocalTime(standings.now, in: zone).day.description).count
        let text = "超期 \(late)" + (byDepartment.isEmpty ? "" : "（" + byDepartment.joined(separator: "、") + "）")
            + "  今日到期 \(dueToday)  重大待确认 \(major)  批量预警 \(batches)  改进逾期 \(casesLate)"
        let role: ThemeRole = late > 0 || major > 0 || casesLate > 0 ? .overdue : (batches > 0 || dueToday > 0 ? .warning : .ok)
        return (text, role)
    }
}
