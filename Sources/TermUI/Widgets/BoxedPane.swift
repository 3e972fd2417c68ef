/// A bordered pane with its title set into the top border: `┌─ 取号 ─────┐`.
public struct BoxedPane: Hashable, Sendable {
    public var title: String
    /// A focused pane draws its border in the `focusedBorder` role and marks its title
    /// with `[ ]`, so focus is visible without colour.
    public var isFocused: Bool

    public init(title: String, isFocused: Bool = false) {
        self.title = title
        self.isFocused = isFocused
    }

    /// Draws the border and title, clears the inside, and returns the inside rectangle.
    @discardableResult
    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) -> Rect {
        let borderRole: ThemeRole = isFocused ? .focusedBorder : .border
        let inner = rect.inset(by: 1)
        buffer.fill(inner)
        buffer.box(rect, borders: theme.borders, role: borderRole)
        let room = rect.width - 4
        if !title.isEmpty, room >= 3 {
            let label = isFocused ? "[\(title)]" : " \(title) "
            buffer.put(TextFit.fit(label, width: room), at: Point(x: rect.minX + 2, y: rect.minY), role: .title, clip: rect)
        }
        return inner
    }
}
