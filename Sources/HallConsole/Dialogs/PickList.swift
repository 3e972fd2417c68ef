/// The choices a form field offers (a department, a category, an area, 是/否): typing
/// narrows them, ↑↓ move through what is left, Enter takes the highlighted one. Typing an
/// exact value and moving on still works; the form's own rules read whatever the field holds.
struct PickList: Sendable, Equatable {
    var choices: [String]
    /// The highlighted choice, as an index into `matches` of the field's text; nil until ↑↓.
    var highlighted: Int?

    init(_ choices: [String]) {
        self.choices = choices
    }

    /// The choices holding the typed text; all of them while the field is empty or already
    /// holds one exactly, so a prefilled value still shows what else there is.
    func matches(_ text: String) -> [String] {
        let typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !typed.isEmpty, !choices.contains(where: { $0.lowercased() == typed }) else { return choices }
        return choices.filter { $0.lowercased().contains(typed) }
    }

    mutating func move(_ step: Int, text: String) {
        let count = matches(text).count
        guard count > 0 else { return }
        highlighted = highlighted.map { ($0 + step + count) % count } ?? (step > 0 ? 0 : count - 1)
    }

    /// What Enter takes: the highlighted choice, or the only one the typing left.
    func picked(_ text: String) -> String? {
        let matching = matches(text)
        if let highlighted, matching.indices.contains(highlighted) { return matching[highlighted] }
        let typed = text.trimmingCharacters(in: .whitespaces)
        return matching.count == 1 && !typed.isEmpty && matching[0] != typed ? matching[0] : nil
    }

    /// 「可选：[营销部]  计量班  运检部」 — at most `shown` around the highlight, the
    /// highlighted one bracketed; 「无匹配」 when the typing matches none.
    func line(_ text: String, shown: Int = 6) -> String {
        let matching = matches(text)
        guard !matching.isEmpty else { return "可选：无匹配（↑↓ 无可选，照写的值提交）" }
        let first = max(0, min((highlighted ?? 0) - shown / 2, matching.count - shown))
        let window = matching.indices.dropFirst(first).prefix(shown)
        let names = window.map { $0 == highlighted ? "[\(matching[$0])]" : matching[$0] }
        return "可选：" + (first > 0 ? "… " : "") + names.joined(separator: "  ") + (window.last! < matching.count - 1 ? " …" : "")
    }
}
