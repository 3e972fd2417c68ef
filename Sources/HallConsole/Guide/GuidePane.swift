import HallDomain
import TermUI

/// The guide's screen: the form for the customer at the door on the left, every queue's
/// wait on the right so the guide can tell people what to expect before issuing a slip.
struct GuidePane {
    var model: GuidePaneModel
    var facts: ConsoleFacts
    var state: HallState

    static let labelWidth = 6
    static let resultRows = 4

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let sideWidth = min(34, rect.width / 3)
        let side = Rect(x: rect.maxX - sideWidth, y: rect.minY, width: sideWidth, height: rect.height)
        let form = Rect(x: rect.minX + 1, y: rect.minY, width: side.minX - rect.minX - 2, height: rect.height)
        // The form's verdict must show whole (at 80×24 a form from an appointment reaches the
        // bottom): measured on a tall scratch buffer first, and when it would be cut the
        // search results' rows, blank while nothing is typed, give their place.
        var scratch = Buffer(size: Size(width: buffer.size.width, height: form.minY + 200))
        let needed = drawForm(into: &scratch, in: Rect(x: form.minX, y: form.minY, width: form.width, height: 200), theme: theme,
                              resultRows: Self.resultRows)
        let resultRows = needed > form.height && model.search.text.isEmpty && model.business != nil ? 0 : Self.resultRows
        _ = drawForm(into: &buffer, in: form, theme: theme, resultRows: resultRows)
        QueueSidePanel(summaries: facts.queueSummaries(state))
            .draw(into: &buffer, in: side, theme: theme)
        switch model.dialog {
        case .override(let dialog): dialog.view.draw(into: &buffer, in: form, theme: theme)
        case .prefill(let prompt): prompt.view.draw(into: &buffer, in: form, theme: theme)
        // Over the whole pane: a row names slot, window, business and customer, wider than the form.
        case .appointments(let picker): picker.draw(into: &buffer, in: rect, theme: theme)
        case nil: break
        }
    }

    /// Draws the form and returns how many rows it and its message took.
    private func drawForm(into buffer: inout Buffer, in form: Rect, theme: Theme, resultRows: Int) -> Int {
        var y = form.minY
        func label(_ text: String) -> Rect {
            buffer.put(TextFit.pad(text, width: Self.labelWidth), at: Point(x: form.minX, y: y), role: .muted, clip: form)
            return Rect(x: form.minX + Self.labelWidth, y: y, width: form.width - Self.labelWidth, height: 1)
        }
        func line(_ name: String, _ value: String, role: ThemeRole = .normal, isCursor: Bool = false) {
            guard y < form.maxY else { return }
            let place = label(name)
            // Wrapped under the label, never cut: 「还缺」 names every missing document.
            for text in TextFit.wrap(value, width: place.width) where y < form.maxY {
                let row = Rect(x: place.minX, y: y, width: place.width, height: 1)
                buffer.put(isCursor ? TextFit.pad(text, width: row.width) : text, at: row.origin, role: isCursor ? .selected : role, clip: row)
                y += 1
            }
        }
        let onCursor = { (row: GuideRow) in model.row == row && model.dialog == nil }

        model.search.draw(into: &buffer, in: label("查找"), theme: theme, isFocused: model.focus == .search && model.dialog == nil)
        y += 1
        drawResults(into: &buffer, in: Rect(x: form.minX + Self.labelWidth, y: y, width: form.width - Self.labelWidth, height: resultRows), theme: theme)
        y += resultRows

        guard let business = model.business else {
            line("业务", "未选择：在“查找”输入代码、拼音首字母（xz）、全拼（dianfei）、常用说法（缴费）或名称，Enter 选定", role: .muted)
            return drawMessage(into: &buffer, in: Rect(x: form.minX, y: y + 1, width: form.width, height: form.maxY - y - 1)) - form.minY
        }
        let queueName = facts.catalog.queue(letter: business.queue)?.name ?? ""
        line("业务", "\(business.name)（\(business.code)）→ \(business.queue) 队 \(queueName)", role: .title)
        if let appointment = model.appointment {
            let whole = facts.member.map { PermissionMatrix.allows($0, .seeCustomerContact) } ?? false
            line("预约", "\(appointment.id) \(appointment.slotText) \(appointment.name) \(whole ? appointment.phone : Masking.phone(appointment.phone))（\(appointment.source.chineseName)）")
        }
        line("客户", Self.choices(CustomerKind.allCases.map(\.chineseName), selected: CustomerKind.allCases.firstIndex(of: model.kind)) + "   空格切换",
             isCursor: onCursor(.kind))
        drawChecklist(into: &buffer, at: &y, in: form)
        if model.checklist.isEmpty {
            line("资料", "本业务\(model.kind.chineseName)客户无需证照资料，可直接发号", role: .ok)
        } else if model.missing.isEmpty {
            line("齐全", "资料已齐全，可以发号（F5）", role: .ok)
        } else {
            line("还缺", "\(model.missing.joined(separator: "、"))（不能发号）", role: .warning)
        }
        if !business.forms.isEmpty {
            line("表单", business.forms.joined(separator: "、") + "（可在等候时预填）")
        }
        if model.appointment != nil {
            line("优先", "预约优先（签到发号，公平规则同样适用）", isCursor: onCursor(.priority))
        } else {
            let priorities = ["无"] + PriorityClass.chosenAtDoor.map(\.chineseName)
            let selectedPriority = model.priority.flatMap { PriorityClass.chosenAtDoor.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            line("优先", Self.choices(priorities, selected: selectedPriority) + "   ←→ 切换", isCursor: onCursor(.priority))
        }
        if y < form.maxY {
            let field = label("电话")
            model.phone.draw(into: &buffer, in: Rect(x: field.minX, y: y, width: min(20, field.width), height: 1), theme: theme,
                             isFocused: model.focus == .phone && model.dialog == nil)
            let hint = onCursor(.phone) ? "<选填，直接输入号码" : " 选填，↓ 到此处输入"
            buffer.put(hint, at: Point(x: field.minX + min(20, field.width), y: y), role: onCursor(.phone) ? .selected : .muted, clip: field)
            y += 1
        }
        line("短信", "\(model.noticeConsent ? "[x]" : "[ ]") 同意短信提醒（须留电话）   空格切换",
             isCursor: onCursor(.consent))
        return drawMessage(into: &buffer, in: Rect(x: form.minX, y: y + 1, width: form.width, height: max(0, form.maxY - y - 1))) - form.minY
    }

    private func drawResults(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        let results = model.results(in: facts.catalog)
        guard !model.search.text.isEmpty else { return }
        guard !results.isEmpty else {
            buffer.put("没有匹配的业务", at: area.origin, role: .muted, clip: area)
            return
        }
        let items = results.map { "\($0.code)  \($0.name)  → \($0.queue) 队" }
        let selection = model.focus == .search ? model.resultSelection : nil
        var list = ListView(items: items, selection: selection)
        if let selection { list.select(selection, visibleRows: area.height) }
        list.draw(into: &buffer, in: area, theme: theme)
    }

    private func drawChecklist(into buffer: inout Buffer, at y: inout Int, in form: Rect) {
        guard !model.checklist.isEmpty, y < form.maxY else { return }
        buffer.put(TextFit.pad("资料", width: Self.labelWidth), at: Point(x: form.minX, y: y), role: .muted, clip: form)
        buffer.put("空格勾选，↑↓ 移动，打字即重新查找", at: Point(x: form.minX + Self.labelWidth, y: y), role: .muted, clip: form)
        y += 1
        for item in model.checklist where y < form.maxY {
            let isCursor = model.row == .document(item) && model.dialog == nil
            let tick = model.ticked.contains(item) ? "[x]" : "[ ]"
            let row = Rect(x: form.minX + Self.labelWidth, y: y, width: form.width - Self.labelWidth, height: 1)
            buffer.put(TextFit.pad("\(isCursor ? ">" : " ")\(tick) \(item)", width: row.width), at: row.origin,
                       role: isCursor ? .selected : .normal, clip: row)
            y += 1
        }
    }

    /// Returns the row below the message (below the form when there is none).
    private func drawMessage(into buffer: inout Buffer, in area: Rect) -> Int {
        guard let message = model.message else { return area.minY - 1 }
        let lines = TextFit.wrap(message.text, width: max(1, area.width))
        for (row, text) in lines.prefix(max(0, area.height)).enumerated() {
            buffer.put(text, at: Point(x: area.minX, y: area.minY + row), role: message.role, clip: area)
        }
        return area.minY + lines.count
    }

    /// Options in a row with the chosen one bracketed, so the choice reads without colour.
    static func choices(_ options: [String], selected: Int?) -> String {
        options.enumerated().map { index, option in index == selected ? "[\(option)]" : " \(option) " }.joined(separator: " ")
    }
}
