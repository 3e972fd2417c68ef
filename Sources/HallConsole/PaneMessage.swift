import TermUI

/// The line a pane keeps under its form saying how the last action went, so a busy guide
/// or clerk sees the slip number or the refusal until the next action replaces it.
struct PaneMessage: Sendable, Equatable {
    var text: String
    var role: ThemeRole

    static func ok(_ text: String) -> PaneMessage { PaneMessage(text: text, role: .ok) }
    static func error(_ text: String) -> PaneMessage { PaneMessage(text: text, role: .error) }
    static func note(_ text: String) -> PaneMessage { PaneMessage(text: text, role: .warning) }
}
