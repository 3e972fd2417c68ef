/// A one-line status bar: a message on the left, facts (clock, log state) on the right.
///
/// The right side wins when space is short: the left message is cut with `…` first,
/// because the right side holds short facts an operator relies on.
public struct StatusLine: Hashable, Sendable {
    public var left: String
    public var right: String
    public var role: ThemeRole

    public init(left: String, right: String = "", role: ThemeRole = .status) {
        self.left = left
        self.right = right
        self.role = role
    }

    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        buffer.fill(line, role: role)
        let rightText = TextFit.fit(right, width: line.width)
        let rightWidth = rightText.displayWidth
        buffer.put(rightText, at: Point(x: line.maxX - rightWidth, y: line.minY), role: role, clip: line)
        let leftRoom = line.width - rightWidth - (rightWidth > 0 ? 1 : 0)
        buffer.put(TextFit.fit(left, width: leftRoom), at: line.origin, role: role, clip: line)
    }
}
