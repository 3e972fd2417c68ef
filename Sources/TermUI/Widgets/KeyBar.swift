/// One entry of the key bar: the key, an optional letter equivalent and what it does.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    /// A plain key doing the same, for terminals that swallow F-keys (`F1` / `?`).
    public var alternate: String?
    public var label: String

    public init(_ key: String, _ label: String, alternate: String? = nil) {
        self.key = key
        self.label = label
        self.alternate = alternate
    }

    /// The key part as shown: `F1/?` or `q`.
    public var keyText: String { alternate.map { "\(key)/\($0)" } ?? key }
}

/// The bottom line of every screen: `F1/?帮助  /筛选  q退出`.
///
/// Keys are drawn in the `keyHint` role and labels in `keyBar`. Hints wrap whole onto the
/// rows given (`rows(width:)` says how many they need), so no hint is ever half shown; only
/// when even the rows given are too few are the last hints left out.
public struct KeyBar: Hashable, Sendable {
    public var hints: [KeyHint]
    /// Spaces between two items.
    public static let spacing = 2

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    /// The rows the hints take at `width`, each hint whole.
    public func rows(width: Int) -> Int {
        lines(width: width).count
    }

    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        for row in 0..<rect.height {
            buffer.fill(rect.row(row), role: .keyBar)
        }
        for (index, line) in lines(width: rect.width).prefix(rect.height).enumerated() {
            let row = rect.row(index)
            var x = row.minX
            for hint in line {
                let labelX = buffer.put(hint.keyText, at: Point(x: x, y: row.minY), role: .keyHint, clip: row)
                x = buffer.put(hint.label, at: Point(x: labelX, y: row.minY), role: .keyBar, clip: row) + Self.spacing
            }
        }
    }

    /// The hints broken into rows of `width` columns, greedily, each hint whole.
    private func lines(width: Int) -> [[KeyHint]] {
        var lines: [[KeyHint]] = [[]]
        var used = 0
        for hint in hints {
            let size = hint.keyText.displayWidth + hint.label.displayWidth
            if !lines[lines.count - 1].isEmpty, used + size > width {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(hint)
            used += size + Self.spacing
        }
        return lines
    }
}
