import HallDomain
import TermUI

/// A department handler's desk: this department's open orders, most urgent first, or one
/// order's detail; deadlines and the last action's result in the same words as the coordinator's.
struct DepartmentPane {
    var department: String
    var model: DepartmentPaneModel
    var facts: ConsoleFacts
    var state: HallState

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let area = Rect(x: rect.minX + 1, y: rect.minY, width: rect.width - 2, height: rect.height)
        guard let context = WorkOrderContext(facts: facts, state: state) else {
            return WorkOrderContext.drawUnavailable(facts, into: &buffer, in: area)
        }
        let orders = model.orders(for: department, context)
        let all = DepartmentPaneModel.orders(for: department, context)
        let waiting = all.count { $0.status == .dispatched && $0.leadDepartment == department }
        let late = all.count { context.standings.standing(of: $0)?.isOverdue == true }
        let pushed = all.count { $0.leadDepartment == department && $0.pushAwaitingDepartment != nil }
        var header = "\(department)：待办 \(all.count) 张，待接单 \(waiting) 张，超期 \(late) 张"
        if pushed > 0 { header += "，被催办未处理 \(pushed) 张" }
        if !model.browser.filter.isEmpty { header += "   筛选：\(model.browser.filter.words.joined(separator: " "))" }
        buffer.put(TextFit.fit(header, width: area.width), at: area.origin, role: late > 0 ? .warning : .title, clip: area)
        // The department's head is who its orders escalate to first; the handlers see the
        // 「↑」 too, so they know their head has been told.
        let escalations = EscalationBanner(standings: context.standings, levels: [.departmentHead], department: department,
                                           hint: facts.member?.roles.contains(.departmentHead) == true ? "（按 k 确认已知悉）" : "（待本部门负责人确认）")
        let top = area.minY + 1 + escalations.draw(into: &buffer, in: Rect(x: area.minX, y: area.minY + 1, width: area.width, height: 1))
        let messageLines = model.message?.lines(width: area.width) ?? []
        let messageRows = messageLines.count
        let body = Rect(x: area.minX, y: top, width: area.width, height: max(0, area.maxY - top - messageRows))
        if model.browser.showingDetail, let order = model.browser.current(in: orders) {
            WorkOrderDetailView(detail: context.detail(order), scroll: model.browser.detailScroll).draw(into: &buffer, in: body)
        } else if orders.isEmpty {
            buffer.put("本部门没有待办工单", at: body.origin, role: .muted, clip: body)
        } else {
            WorkOrderTable(orders: orders, selection: model.browser.index(in: orders), escalated: escalations.numbers,
                           standings: context.standings, settings: context.settings, now: context.now, marksPushes: true)
                .draw(into: &buffer, in: body, theme: theme)
        }
        model.message?.draw(into: &buffer, lines: messageLines, in: area)
        model.dialog.map { $0.view.draw(into: &buffer, in: area, theme: theme) }
    }
}
