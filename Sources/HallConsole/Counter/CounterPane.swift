import HallDomain
import TermUI

/// One counter as its clerk sees it: the counter's state, the slip in hand in large type
/// with how long the customer has waited, the waiting slips in the order this counter would
/// call them and why (the domain's `CallSelection.order`), and how many wait per queue.
struct CounterPane {
    var number: Int
    var model: CounterPaneModel
    var facts: ConsoleFacts
    var state: HallState

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let area = Rect(x: rect.minX + 1, y: rect.minY, width: rect.width - 2, height: rect.height)
        guard let definition = facts.catalog.counter(number: number) else {
            buffer.put("没有 \(number) 号窗口：请核对窗口号（见 hall.toml）", at: area.origin, role: .error, clip: area)
            return
        }
        let day = state.visibleDay(catalog: facts.catalog, now: facts.now)
        let status = day.counter(number)
        var y = area.minY
        func line(_ text: String, role: ThemeRole = .normal, indent: Int = 0) {
            guard y < area.maxY else { return }
            buffer.put(TextFit.fit(text, width: area.width - indent), at: Point(x: area.minX + indent, y: y), role: role, clip: area)
            y += 1
        }

        let x = buffer.put(definition.name, at: Point(x: area.minX, y: y), role: .title, clip: area)
        buffer.put("  状态：" + stateText(status), at: Point(x: x, y: y), role: status.state == .open ? .ok : .warning, clip: area)
        y += 2

        let slipBox = Rect(x: area.minX, y: y, width: min(64, area.width), height: 7)
        drawSlipInHand(status.slipInHand.flatMap(day.slip), into: &buffer, in: slipBox, theme: theme)
        y = slipBox.maxY + 1

        let order = state.callOrder(counter: number, catalog: facts.catalog, now: facts.now)
        if order.isEmpty {
            line("下一位：本窗口的队列暂无人等候", role: .muted)
        } else {
            line("等候的号（按本窗口叫号先后，及为什么）", role: .header)
            // Leave room for the queue lines below; the rest of the order is counted, not cut.
            let room = max(1, area.maxY - y - definition.queues.count - 3)
            let shown = order.count > room ? room - 1 : order.count
            for (index, choice) in order.prefix(shown).enumerated() {
                let waited = day.slip(choice.slip).map { "已等 " + Minutes.text(ElapsedMinutes.between($0.issuedAt, facts.now)) } ?? ""
                line("\(index + 1). \(choice.slip)  \(waited)  \(choice.reason)", role: index == 0 ? .title : .waiting, indent: 2)
            }
            if shown < order.count { line("另有 \(order.count - shown) 位未列出，按 g 可指定呼叫", role: .muted, indent: 2) }
        }
        y += 1
        line("本窗口叫号的队列（按先后）", role: .header)
        let summaries = facts.queueSummaries(state)
        for letter in definition.queues {
            guard let summary = summaries.first(where: { $0.letter == letter }) else { continue }
            let head = TextFit.pad("\(letter) \(summary.name)", width: 18)
            line("\(head) 等候 \(summary.waiting) 人   新到预计 \(summary.expectedWait.chineseText)", role: .waiting, indent: 2)
        }
        if let message = model.message, y + 1 < area.maxY {
            y += 1
            for text in TextFit.wrap(message.text, width: area.width) { line(text, role: message.role) }
        }
        model.dialog.map { CounterDialogView(dialog: $0, number: number).draw(into: &buffer, in: area, theme: theme) }
    }

    private func stateText(_ status: CounterStatus) -> String {
        let name = CounterStateName.text(status.state)
        let clerk = status.clerk.map { "，营业员 \($0)" } ?? ""
        let reason = status.pauseReason.map { "，原因：\($0)" } ?? ""
        return status.state == .closed ? name + "（按 o 开窗）" : name + clerk + (status.state == .paused ? reason : "")
    }

    private func drawSlipInHand(_ slip: QueueSlip?, into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let inner = BoxedPane(title: "手上的号").draw(into: &buffer, in: rect, theme: theme)
        let origin = Point(x: inner.minX + 1, y: inner.minY)
        guard let slip else {
            buffer.put("没有手上的号：按 F5/n 叫下一位", at: origin, role: .muted, clip: inner)
            return
        }
        let x = buffer.put(LargeSlipNumber.text(slip.number), at: origin, role: .title, emphasis: .bold, clip: inner)
        buffer.put("  \(slip.status.chineseName)", at: Point(x: x, y: origin.y), role: .ok, clip: inner)
        let type = facts.catalog.businessType(code: slip.businessType)?.name ?? slip.businessType
        let details = [
            "业务  \(type) · \(slip.customerKind.chineseName)" + (slip.priority.map { " · \($0.chineseName)" } ?? ""),
            "已等  \(Minutes.text(slip.waitMinutes))（取号到首次叫号）  重呼 \(slip.recallCount) 次",
            serviceLine(slip),
        ] + (slip.formsPrefilled ? ["表单  已预填"] : [])
        for (row, text) in details.enumerated() where inner.minY + 2 + row < inner.maxY {
            buffer.put(text, at: Point(x: origin.x, y: inner.minY + 2 + row), clip: inner)
        }
    }

    private func serviceLine(_ slip: QueueSlip) -> String {
        if let started = slip.startedAt {
            return "办理  已办理 \(Minutes.text(ElapsedMinutes.between(started, facts.now)))"
        }
        let since = slip.calledAt.map { ElapsedMinutes.between($0, facts.now) }
        return "办理  叫号后 \(Minutes.text(since))，客户到窗口后按 b 开始办理"
    }
}
