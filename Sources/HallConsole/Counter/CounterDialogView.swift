import HallDomain
import TermUI

/// Draws whichever question the counter pane is asking.
struct CounterDialogView {
    var dialog: CounterDialog
    var number: Int

    func draw(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        switch dialog {
        case .transfer(_, let prompt, let pick):
            DialogView(title: prompt.title, rows: [.text(prompt.question), .field(label: "", field: prompt.field, isFocused: true),
                                                   .text(pick.line(prompt.field.text))] + (prompt.error.map { [.error($0)] } ?? []),
                       hint: "↑↓ 选择  Enter 确定  Esc 取消").draw(into: &buffer, in: area, theme: theme)
        case .reinstate(let prompt), .pause(let prompt), .callGivenNumber(let prompt), .callGivenReason(_, let prompt):
            prompt.view.draw(into: &buffer, in: area, theme: theme)
        case .rate(let error):
            let grades = ServiceRating.allCases.map { "\($0.key) \($0.chineseName)" }.joined(separator: "  ")
            DialogView(title: "服务评价", rows: [.text("请客户为刚办结的服务评价（也可在评价器上按键）："), .text(grades)]
                                                 + (error.map { [.error($0)] } ?? []),
                       hint: "1/2/3 记下评价  Esc 不评价").draw(into: &buffer, in: area, theme: theme)
        case .confirmClose:
            DialogView(title: "关窗", rows: [.text("关闭 \(number) 号窗口？关闭后本窗口不再叫号，重新开窗须再按 o。")],
                       hint: "y 确认关窗  N 取消").draw(into: &buffer, in: area, theme: theme)
        case .confirmTakeOver(let question):
            DialogView(title: "接管窗口", rows: [.text(question)],
                       hint: "y 确认接管  N 取消").draw(into: &buffer, in: area, theme: theme)
        }
    }
}
