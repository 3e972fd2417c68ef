import Foundation

import TermUI

/// A dialog of several labelled fields (a reply, a ruling, a new order). Tab and ↑↓ move
/// between fields, Enter on the last field or F2 anywhere submits, Esc cancels. Fields
/// may start filled in (a reply template, a suggested area) for the user to edit.
struct Form: Sendable, Equatable {
    enum Reply: Equatable {
        case editing
        case cancelled
        /// The trimmed text of every field, in order.
        case submitted([String])
    }

    var title: String
    var intro: String?
    var labels: [String]
    var fields: [TextField]
    var focus = 0
    /// Why the last submission was refused; the fields keep what was typed.
    var error: String?

    init(title: String, intro: String? = nil, fields: [(label: String, text: String)], secret: Set<Int> = []) {
        self.title = title
        self.intro = intro
        labels = fields.map(\.label)
        self.fields = fields.map { TextField(text: $0.text) }
        for index in secret where self.fields.indices.contains(index) { self.fields[index].isSecret = true }
    }

    mutating func handle(_ key: Key) -> Reply {
        switch key {
        case .escape: return .cancelled
        case .function(2): return .submitted(values)
        case .enter:
            guard focus == fields.count - 1 else {
                focus += 1
                return .editing
            }
            return .submitted(values)
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        default: _ = fields[focus].handle(key)
        }
        return .editing
    }

    var values: [String] { fields.map { $0.text.trimmingCharacters(in: .whitespaces) } }

    var view: DialogView {
        let rows = fields.indices.map { DialogView.Row.field(label: labels[$0], field: fields[$0], isFocused: $0 == focus) }
        return DialogView(title: title, rows: (intro.map { [.text($0)] } ?? []) + rows + (error.map { [.error($0)] } ?? []),
                          hint: "Tab/↑↓ 换栏  Enter 下一栏/提交  F2 提交  Esc 取消")
    }
}
