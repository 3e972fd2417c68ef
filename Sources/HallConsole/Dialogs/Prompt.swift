import Foundation
import TermUI

/// A one-field question a pane asks before a command (a slip number, a queue letter, a
/// reason). While it is open every key goes to its field, so letters are text, not
/// commands.
struct Prompt: Sendable, Equatable {
    enum Reply: Equatable {
        case editing
        case cancelled
        case submitted(String)
    }

    var title: String
    var question: String
    var field = TextField()
    /// Why the last answer was refused; shown until the next one.
    var error: String?

    init(title: String, question: String) {
        self.title = title
        self.question = question
    }

    /// Enter submits the trimmed text, Esc cancels, anything else edits.
    mutating func handle(_ key: Key) -> Reply {
        switch key {
        case .escape: return .cancelled
        case .enter: return .submitted(field.text.trimmingCharacters(in: .whitespaces))
        default:
            _ = field.handle(key)
            return .editing
        }
    }

    var view: DialogView {
        DialogView(title: title, rows: [.text(question), .field(label: "", field: field, isFocused: true)] + (error.map { [.error($0)] } ?? []),
                   hint: "Enter 确定  Esc 取消")
    }
}
