import HallDomain
import TermUI

/// Draws one whole frame from the console model, the hall state and the facts. Pure: the
/// same inputs give the same buffer, which is what the screen snapshots test.
public enum ConsoleView {
    public static func render(model: ConsoleModel, state: HallState, facts: ConsoleFacts, size: Size, theme: Theme) -> Buffer {
        var buffer = Buffer(size: size)
        let banner = facts.log.banner.map { LogBanner(text: $0, width: size.width) }
        let keyBar = KeyBar(ConsoleKeyHints.hints(model, demo: facts.demo))
        let layout = ConsoleLayout(size: size, banner: banner?.lines.count ?? 0, keyRows: keyBar.rows(width: size.width))
        guard !layout.isTooSmall else {
            drawTooSmall(into: &buffer, size: size, question: model.pendingQuit)
            return buffer
        }
        statusLine(facts).draw(into: &buffer, in: layout.statusLine, theme: theme)
        banner?.draw(into: &buffer, in: layout.bannerArea)
        Tabs(titles: model.panes.map(\.title), selected: model.panes.firstIndex(of: model.pane) ?? 0).draw(into: &buffer, in: layout.tabs, theme: theme)
        let body = BoxedPane(title: model.pane.title, isFocused: true).draw(into: &buffer, in: layout.pane, theme: theme)
        switch model.pane {
        case .home: HomePane(facts: facts, state: state, panes: model.panes).draw(into: &buffer, in: body, theme: theme)
        case .guide: GuidePane(model: model.guide, facts: facts, state: state).draw(into: &buffer, in: body, theme: theme)
        case .counter:
            if let number = model.counter {
                CounterPane(number: number, model: model.counterDesk, facts: facts, state: state).draw(into: &buffer, in: body, theme: theme)
            }
        case .coordinator: CoordinatorPane(model: model.coordinatorDesk, facts: facts, state: state).draw(into: &buffer, in: body, theme: theme)
        case .department:
            if let department = model.department {
                DepartmentPane(department: department, model: model.departmentDesk, facts: facts, state: state).draw(into: &buffer, in: body, theme: theme)
            }
        case .manager: ManagerPane(model: model.manager, facts: facts, state: state).draw(into: &buffer, in: body, theme: theme)
        case .reports: ReportsPane(model: model.reports, facts: facts).draw(into: &buffer, in: body, theme: theme)
        case .eventLog: EventLogPane(records: facts.recent, model: model.eventLog).draw(into: &buffer, in: body, theme: theme)
        }
        if let form = model.staffSwitch {
            form.view.draw(into: &buffer, in: body, theme: theme)
        }
        if model.showingHelp {
            HelpOverlay(pane: model.pane, demo: facts.demo != nil).draw(into: &buffer, in: layout.pane, theme: theme, offset: model.helpOffset)
        }
        if let question = model.pendingQuit {
            DialogView(title: "退出", rows: [.text(question)], hint: "y 确认退出  N 留下").draw(into: &buffer, in: layout.pane, theme: theme)
        }
        keyBar.draw(into: &buffer, in: layout.keyBar, theme: theme)
        if theme.borders == .ascii { buffer.replaceGraphicsWithAscii() }
        return buffer
    }

    /// The hall on the left, the facts on the right; a demo that stopped on a failure says
    /// why on the left instead, in the warning colour, where it is seen on every pane.
    private static func statusLine(_ facts: ConsoleFacts) -> StatusLine {
        let right = ([facts.demo?.statusText, statusFacts(facts), facts.clock].compactMap { $0 }).joined(separator: "  ") + " "
        if case .failed(let reason)? = facts.demo?.stage {
            return StatusLine(left: " 演示中断：\(reason)", right: right, role: .warning)
        }
        return StatusLine(left: " 营业厅导办台 │ \(facts.hall.name)", right: right)
    }

    private static func statusFacts(_ facts: ConsoleFacts) -> String {
        if case .alarm = facts.log.check { return "日志告警" }
        if facts.log.banner != nil { return "日志不可写" }
        return facts.log.readOnlyReason == nil ? "日志 \(facts.log.records) 条" : "只读"
    }

    /// Under 80×24 the layout would break; say so plainly instead, in as much of the
    /// message as fits, with the question `q` asked if it asked one.
    private static func drawTooSmall(into buffer: inout Buffer, size: Size, question: String?) {
        let minimum = ConsoleLayout.minimum
        let text = "窗口太小：当前 \(size.width)×\(size.height)，至少需要 \(minimum.width)×\(minimum.height)。请放大终端窗口。"
            + (question.map { "\($0)（y 退出，其他键留下）" } ?? "按 q 退出。")
        let lines = TextFit.wrap(text, width: max(1, size.width))
        for (row, text) in lines.prefix(size.height).enumerated() {
            buffer.put(text, at: Point(x: 0, y: row), role: .warning)
        }
    }
}
