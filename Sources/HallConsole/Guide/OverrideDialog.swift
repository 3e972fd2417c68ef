import Foundation
import HallDomain
import TermUI

/// Asks for the manager who approves issuing a slip with documents missing, their PIN and
/// why: a staff id alone is known to everyone in the hall, so the manager types the PIN
/// here at the guide's terminal (checked as F4 换人 checks it). The override is recorded
/// with who approved and why and shows in reports, so nothing may be skipped.
struct OverrideDialog: Sendable, Equatable {
    enum Reply: Equatable {
        case editing
        case cancelled
        case approved(ChecklistOverride, pin: String)
    }

    var missing: [String]
    var form: Form

    init(missing: [String]) {
        self.missing = missing
        form = Form(title: "所长特批发号",
                    intro: "资料不全（缺 \(missing.joined(separator: "、"))），须由所长或值班经理本人输入工号和 PIN 批准，并写明原因。",
                    fields: [("所长工号", ""), ("PIN", ""), ("原因", "")], secret: [1])
    }

    /// Tab/↑↓ move between the fields, Enter moves on and submits on the last; a blank
    /// field sends the cursor back to it with what is missing.
    mutating func handle(_ key: Key) -> Reply {
        switch form.handle(key) {
        case .editing: return .editing
        case .cancelled: return .cancelled
        case .submitted(let values):
            let blanks = ["所长工号", "PIN", "原因"]
            if let blank = values.firstIndex(where: \.isEmpty) {
                form.focus = blank
                form.error = "请填写\(blanks[blank])：特批须有所长工号、本人 PIN 和原因"
                return .editing
            }
            return .approved(ChecklistOverride(approvedBy: values[0], reason: values[2]), pin: values[1])
        }
    }

    /// The form's own hint is cut at 80 columns; these keys are all the dialog needs.
    var view: DialogView {
        var view = form.view
        view.hint = "Enter 下一栏/确定  ↑↓ 换栏  Esc 取消"
        return view
    }
}
