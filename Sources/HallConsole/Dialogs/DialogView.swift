import TermUI

/// A small boxed dialog drawn over the lower part of a pane: lines of text and labelled
/// fields, with the keys that answer it on its last line.
struct DialogView: Sendable, Equatable {
    enum Row: Sendable, Equatable {
        case text(String)
        /// What was wrong with the last answer, in the error colour, so it shows in the dialog itself.
        case error(String)
        case field(label: String, field: TextField, isFocused: Bool)
    }

    var title: String
    var rows: [Row]
    var hint: String

    static let labelWidth = 10

    func draw(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        let width = min(area.width - 2, 64)
        let textWidth = width - 4
        let lines: [(Row, String?)] = rows.flatMap { row -> [(Row, String?)] in
            switch row {
            case .text(let text), .error(let text): return TextFit.wrap(text, width: textWidth).map { (row, $0) }
            case .field: return [(row, nil)]
            }
        }
        let height = min(area.height, lines.count + 4)
        let rect = Rect(x: area.minX + (area.width - width) / 2, y: area.maxY - height, width: width, height: height)
        let inner = BoxedPane(title: title, isFocused: true).draw(into: &buffer, in: rect, theme: theme)
        for (index, (row, text)) in Self.shown(lines, rows: max(0, inner.height - 2)).enumerated() {
            let line = Rect(x: inner.minX + 1, y: inner.minY + index, width: inner.width - 2, height: 1)
            switch row {
            case .text:
                buffer.put(text ?? "", at: line.origin, clip: line)
            case .error:
                buffer.put(text ?? "", at: line.origin, role: .error, clip: line)
            case let .field(label, field, isFocused):
                let labelWidth = label.isEmpty ? 0 : Self.labelWidth
                if labelWidth > 0 { buffer.put(TextFit.pad(label, width: labelWidth), at: line.origin, role: .muted, clip: line) }
                let box = Rect(x: line.minX + labelWidth, y: line.minY, width: line.width - labelWidth, height: 1)
                field.draw(into: &buffer, in: box, theme: theme, isFocused: isFocused)
            }
        }
        buffer.put(hint, at: Point(x: inner.minX + 1, y: inner.maxY - 1), role: .keyHint, clip: inner)
    }

    /// The lines that fit in `rows` when not all do (a long form at 80×24): what was wrong
    /// stays whole at the bottom, and the other lines scroll to keep the field being typed
    /// in on screen — the verdict and where to fix it are what the person needs.
    private static func shown(_ lines: [(Row, String?)], rows: Int) -> [(Row, String?)] {
        guard lines.count > rows else { return lines }
        let isError = { (line: (Row, String?)) in if case .error = line.0 { true } else { false } }
        let errors = Array(lines.filter(isError).prefix(rows))
        let others = lines.filter { !isError($0) }
        let room = rows - errors.count
        guard room > 0 else { return errors }
        let focus = others.firstIndex { if case .field(_, _, true) = $0.0 { true } else { false } } ?? 0
        let start = min(max(0, focus - room + 1), others.count - room)
        return Array(others[start..<(start + room)]) + errors
    }
}
