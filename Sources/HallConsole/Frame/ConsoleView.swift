import HallDomain
import TermUI

/// Draws one whole frame from the console model, the hall state and the facts. Pure: the
/// same inputs give the same buffer, which is what the screen snapshots test.
public enum ConsoleView {
    public static func render(model: ConsoleModel, state: HallState, facts: ConsoleFacts, size: Size, theme: Theme) -> Buffer {
        var buffer = Buffer(size: size)
        let layout = ConsoleLayout(size: size)
        guard !layout.isTooSmall else {
            drawTooSmall(into: &buffer, size: size)
            return buffer
        }
        StatusLine(left: " 营业厅导办台 │ \(facts.hall.name)", right: "\(statusFacts(facts))  \(facts.clock) ").draw(into: &buffer, in: layout.statusLine, theme: theme)
        Tabs(titles: PaneID.allCases.map(\.title), selected: model.pane.rawValue).draw(into: &buffer, in: layout.tabs, theme: theme)
        let body = BoxedPane(title: model.pane.title, isFocused: true).draw(into: &buffer, in: layout.pane, theme: theme)
        switch model.pane {
        case .home: HomePane(facts: facts, state: state).draw(into: &buffer, in: body, theme: theme)
        case .eventLog: EventLogPane(records: facts.recent, model: model.eventLog).draw(into: &buffer, in: body, theme: theme)
        }
        if model.showingHelp {
            HelpOverlay().draw(into: &buffer, in: layout.pane, theme: theme)
        }
        KeyBar(keyHints(model)).draw(into: &buffer, in: layout.keyBar, theme: theme)
        return buffer
    }

    private static func statusFacts(_ facts: ConsoleFacts) -> String {
        if case .alarm = facts.log.check { return "日志告警" }
        return facts.log.readOnlyReason == nil ? "日志 \(facts.log.records) 条" : "只读"
    }

    private static func keyHints(_ model: ConsoleModel) -> [KeyHint] {
        if model.showingHelp { return [KeyHint("Esc", "关闭帮助")] }
        var hints = [KeyHint("F1", "帮助", alternate: "?"), KeyHint("Tab", "切换窗格")]
        if model.pane == .eventLog { hints.append(KeyHint("↑↓", "移动")) }
        hints.append(KeyHint("q", "退出"))
        return hints
    }

    /// Under 80×24 the layout would break; say so plainly instead, in as much of the
    /// message as fits.
    private static func drawTooSmall(into buffer: inout Buffer, size: Size) {
        let minimum = ConsoleLayout.minimum
        let lines = TextFit.wrap("窗口太小：当前 \(size.width)×\(size.height)，至少需要 \(minimum.width)×\(minimum.height)。请放大终端窗口。按 q 退出。", width: max(1, size.width))
        for (row, text) in lines.prefix(size.height).enumerated() {
            buffer.put(text, at: Point(x: 0, y: row), role: .warning)
        }
    }
}
