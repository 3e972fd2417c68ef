import TermUI

/// The line a pane keeps under its form saying how the last action went, so a busy guide
/// or clerk sees the slip number or the refusal until the next action replaces it.
struct PaneMessage: Sendable, Equatable {
    var text: String
    var role: ThemeRole

    static func ok(_ text: String) -> PaneMessage { PaneMessage(text: text, role: .ok) }
    static func error(_ text: String) -> PaneMessage { PaneMessage(text: text, role: .error) }
    static func note(_ text: String) -> PaneMessage { PaneMessage(text: text, role: .warning) }

    /// The message wrapped to `width`, never more than `maxRows` lines (a third of a small
    /// pane at most, so the list above keeps room); the last line ends in 「…」 only when
    /// even that is too little, which no message of a few sentences reaches at 80 columns.
    func lines(width: Int, maxRows: Int = 3) -> [String] {
        let wrapped = TextFit.wrap(text, width: max(1, width))
        guard wrapped.count > maxRows, maxRows > 0 else { return wrapped }
        return Array(wrapped.prefix(maxRows - 1)) + [TextFit.fit(wrapped[maxRows - 1] + String(TextFit.ellipsis), width: width)]
    }

    /// Draws the wrapped lines at the bottom of `area`.
    func draw(into buffer: inout Buffer, lines: [String], in area: Rect) {
        for (row, line) in lines.enumerated() {
            let y = area.maxY - lines.count + row
            guard y >= area.minY else { continue }
            buffer.put(line, at: Point(x: area.minX, y: y), role: role, clip: area)
        }
    }
}
