import TermUI

/// Draws whichever question the counter pane is asking.
struct CounterDialogView {
    var dialog: CounterDialog
    var number: Int

    func draw(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        switch dialog {
        case .transfer(_, let prompt), .reinstate(let prompt), .pause(let prompt):
            prompt.view.draw(into: &buffer, in: area, theme: theme)
        case .confirmClose:
            DialogView(title: "关窗", rows: [.text("关闭 \(number) 号窗口？关闭后本窗口不再叫号，重新开窗须再按 o。")],
                       hint: "y 确认关窗  N 取消").draw(into: &buffer, in: area, theme: theme)
        case .confirmTakeOver(let question):
            DialogView(title: "接管窗口", rows: [.text(question)],
                       hint: "y 确认接管  N 取消").draw(into: &buffer, in: area, theme: theme)
        }
    }
}
