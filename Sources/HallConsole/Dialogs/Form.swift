import Foundation

import TermUI

/// A dialog of several labelled fields (a reply, a ruling, a new order). Tab and ↑↓ move
/// between fields, Enter on the last field or F2 anywhere submits, Esc cancels. Fields
/// may start filled in (a reply template, a suggested area) for the user to edit. A field
/// with a pick list (`PickList`) shows its choices while focused, narrowed by what is
/// typed; there ↑↓ move through the choices and Enter takes one (Tab still moves on).
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
    /// The pick lists, by field index.
    var picks: [Int: PickList] = [:]

    init(title: String, intro: String? = nil, fields: [(label: String, text: String)], secret: Set<Int> = [],
         choices: [Int: [String]] = [:]) {
        self.title = title
        self.intro = intro
        labels = fields.map(\.label)
        self.fields = fields.map { TextField(text: $0.text) }
        for index in secret where self.fields.indices.contains(index) { self.fields[index].isSecret = true }
        picks = choices.filter { self.fields.indices.contains($0.key) && !$0.value.isEmpty }.mapValues(PickList.init)
    }

    mutating func handle(_ key: Key) -> Reply {
        switch key {
        case .escape: return .cancelled
        case .function(2): return .submitted(values)
        case .down where picks[focus] != nil, .up where picks[focus] != nil:
            picks[focus]?.move(key == .down ? 1 : -1, text: fields[focus].text)
        case .enter:
            if let choice = picks[focus]?.picked(fields[focus].text) { fields[focus] = TextField(text: choice) }
            picks[focus]?.highlighted = nil
            guard focus == fields.count - 1 else {
                focus += 1
                return .editing
            }
            return .submitted(values)
        case .tab, .down: focus = (focus + 1) % fields.count
        case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
        default:
            _ = fields[focus].handle(key)
            picks[focus]?.highlighted = nil
        }
        return .editing
    }

    var values: [String] { fields.map { $0.text.trimmingCharacters(in: .whitespaces) } }

    var view: DialogView {
        let rows = fields.indices.flatMap { index -> [DialogView.Row] in
            let field = DialogView.Row.field(label: labels[index], field: fields[index], isFocused: index == focus)
            guard index == focus, let pick = picks[index] else { return [field] }
            return [field, .text(pick.line(fields[index].text))]
        }
        let hint = picks[focus] == nil ? "Tab/↑↓ 换栏  Enter 下一栏/提交  F2 提交  Esc 取消"
            : "Tab 换栏  ↑↓ 选择  输入筛选  Enter 选定  F2 提交  Esc 取消"
        return DialogView(title: title, rows: (intro.map { [.text($0)] } ?? []) + rows + (error.map { [.error($0)] } ?? []), hint: hint)
    }
}
