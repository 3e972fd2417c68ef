import HallDomain
import TermUI

/// The coordinator's desk: sections with counts, the major-order banner, and the list of
/// orders most urgent first — or one order's whole detail — with the last action's result.
struct CoordinatorPane {
    var model: CoordinatorPaneModel
    var facts: ConsoleFacts
    var state: HallState

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let area = Rect(x: rect.minX + 1, y: rect.minY, width: rect.width - 2, height: rect.height)
        guard let context = WorkOrderContext(facts: facts, state: state) else {
            return WorkOrderContext.drawUnavailable(facts, into: &buffer, in: area)
        }
        // The pane is not offered to someone who may not see every order, but F4 can put
        // such a member at a terminal that opened with it: then it shows nothing.
        guard context.sight.seesEveryOrder else {
            let text = "工单协调列出全所的工单，只供协调员、所长等可查看全部工单的人员使用；部门经办人请在“部门工单”里查看本部门的工单。"
            for (row, line) in TextFit.wrap(text, width: area.width).prefix(area.height).enumerated() {
                buffer.put(line, at: Point(x: area.minX, y: area.minY + row), role: .warning, clip: area)
            }
            return
        }
        var y = area.minY
        let counts = context.standings.counts
        let titles = WorkOrderSection.allCases.enumerated().map { "\($0.offset + 1)\($0.element.chineseName) \(counts[$0.element] ?? 0)" }
        Tabs(titles: titles, selected: WorkOrderSection.allCases.firstIndex(of: model.section) ?? 0)
            .draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1), theme: theme)
        y += 1
        y += MajorBanner(waiting: context.standings.attention.majorNotAcknowledged, settings: context.settings).draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1))
        let escalations = EscalationBanner(standings: context.standings, levels: EscalationLevel.allCases,
                                           hint: "（部门负责人在部门窗格、所长在本窗格按 k 确认）")
        y += escalations.draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1))
        y += OpenCasesLine(book: context.book, now: context.now, zone: context.catalog.hall.zone)
            .draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1))
        y += IntakeLine(standings: context.standings, station: context.catalog.hall.station)
            .draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1))
        y += PromiseLine(missed: context.standings.attention.missedPromises)
            .draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1))
        if let warning = context.standings.batchWarnings.first {
            let category = context.settings.category(code: warning.category)?.name ?? warning.category
            let text = "! 批量预警：\(warning.area) \(category) \(warning.orders.count) 张（\(warning.orders.joined(separator: "、"))），按 L 关联为批量"
            buffer.put(TextFit.fit(text, width: area.width), at: Point(x: area.minX, y: y), role: .warning, clip: area)
            y += 1
        }
        let notes = [model.browser.filter.isEmpty ? nil : "筛选：\(model.browser.filter.words.joined(separator: " "))",
                     model.marked.isEmpty ? nil : "已标记 \(model.marked.count) 张（d 批量派单，p 批量催办，Esc 清除）"].compactMap { $0 }
        if !notes.isEmpty {
            buffer.put(TextFit.fit(notes.joined(separator: "   "), width: area.width), at: Point(x: area.minX, y: y), role: .warning, clip: area)
            y += 1
        }
        let messageLines = model.message?.lines(width: area.width) ?? []
        let messageRows = messageLines.count
        let body = Rect(x: area.minX, y: y, width: area.width, height: max(0, area.maxY - y - messageRows))
        let orders = model.orders(context)
        if model.browser.showingDetail, let order = model.browser.current(in: orders) {
            WorkOrderDetailView(detail: context.detail(order), scroll: model.browser.detailScroll).draw(into: &buffer, in: body)
        } else if orders.isEmpty {
            buffer.put(model.section == .all && model.browser.filter.isEmpty ? "还没有工单：按 N 受理新工单，或用 halldesk import 95598 导入"
                       : "「\(model.section.chineseName)」里没有工单", at: body.origin, role: .muted, clip: body)
        } else {
            WorkOrderTable(orders: orders, selection: model.browser.index(in: orders), marked: model.marked,
                           escalated: escalations.numbers, standings: context.standings, settings: context.settings, now: context.now, hallStation: context.catalog.hall.station).draw(into: &buffer, in: body, theme: theme)
        }
        model.message?.draw(into: &buffer, lines: messageLines, in: area)
        model.dialog.map { $0.view.draw(into: &buffer, in: area, theme: theme) }
    }
}
