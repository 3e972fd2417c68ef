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
/// Keys are drawn in the `keyHint` role and labels in `keyBar`; items that do not fit
/// are left out whole rather than cut, so no hint is ever half shown.
public struct KeyBar: Hashable, Sendable {
    public var hints: [KeyHint]
    /// Spaces between two items.
    public static let spacing = 2

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        buffer.fill(line, role: .keyBar)
        var x = line.minX
        for hint in hints {
            let width = hint.keyText.displayWidth + hint.label.displayWidth
            guard x + width <= line.maxX else { break }
            let origin = Point(x: x, y: line.minY)
            let labelX = buffer.put(hint.keyText, at: origin, role: .keyHint, clip: line)
            x = buffer.put(hint.label, at: Point(x: labelX, y: line.minY), role: .keyBar, clip: line) + Self.spacing
        }
    }
}
