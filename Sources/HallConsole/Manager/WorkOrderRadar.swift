import Foundation
import HallDomain
import TermUI

/// The work-order side of the manager's panel in two lines, so the queue and counter tables
/// still fit at 80×24: open orders by state on the first; on the second what needs the
/// manager — overdue by department, due later today, major orders nobody acknowledged,
/// batch warnings and improvement cases past their due day.
struct WorkOrderRadar {
    var book: WorkOrderBook
    var settings: WorkOrderSettings?
    var settingsProblem: String?
    var now: Date

    /// Each line with the role it is drawn in; the meaning is always in the words too.
    var lines: [(text: String, role: ThemeRole)] {
        guard let settings else {
            return [("工单看板暂不能显示：工单设置未能载入（\(settingsProblem ?? "原因不明")）", .error)]
        }
        return [(openLine, .normal), attentionLine(settings)]
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
    private var openLine: String {
        let open = book.orders.filter { $0.status.isOpen }
        let counts = Dictionary(grouping: open, by: \.status).mapValues(\.count)
        let byState = WorkOrderStatus.allCases.compactMap { status in counts[status].map { "\(status.chineseName) \($0)" } }
        return "工单在办 \(open.count)" + (byState.isEmpty ? "" : "：" + byState.joined(separator: "  "))
    }

    /// 「超期 1（营销部 1）  今日到期 1  重大待确认 1  批量预警 0  改进逾期 0」.
    private func attentionLine(_ settings: WorkOrderSettings) -> (text: String, role: ThemeRole) {
        let late = book.orders.filter { $0.isRunningLate(at: now) }
        let byDepartment = Dictionary(grouping: late) { $0.leadDepartment ?? "未派单" }.mapValues(\.count)
            .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\($0.key) \($0.value)" }
        let today = LocalTime(now, in: settings.calendar.timeZone).day
        let endOfToday = LocalTime(day: today.adding(days: 1), secondOfDay: 0).instant(in: settings.calendar.timeZone)
        let dueToday = book.orders.filter { order in
            WorkOrderDeadline.allCases.contains { order.met[$0] == nil && order.due[$0].map { $0 >= now && $0 < endOfToday } == true }
        }
        let major = book.majorNotAcknowledged.count
        let batches = BatchWarning.find(book: book, rule: settings.batchRule, now: now).count
        let casesLate = book.overdueCases(today: today.description).count
        let text = "超期 \(late.count)" + (byDepartment.isEmpty ? "" : "（" + byDepartment.joined(separator: "、") + "）")
            + "  今日到期 \(dueToday.count)  重大待确认 \(major)  批量预警 \(batches)  改进逾期 \(casesLate)"
        let role: ThemeRole = !late.isEmpty || major > 0 || casesLate > 0 ? .overdue : (batches > 0 || !dueToday.isEmpty ? .warning : .ok)
        return (text, role)
    }
}
