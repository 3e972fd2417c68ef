/// A row of tab titles; the selected one is bracketed (`[窗口]`) so it shows without colour.
public struct Tabs: Hashable, Sendable {
    public var titles: [String]
    public var selected: Int

    public init(titles: [String], selected: Int = 0) {
        self.titles = titles
        self.selected = selected
    }

    /// The next tab (Tab key), wrapping around.
    public mutating func selectNext() {
        guard !titles.isEmpty else { return }
        selected = (selected + 1) % titles.count
    }

    /// The previous tab (Shift-Tab), wrapping around.
    public mutating func selectPrevious() {
        guard !titles.isEmpty else { return }
        selected = (selected - 1 + titles.count) % titles.count
    }

    /// Draws the tabs on the first row of `rect`; tabs that do not fit are cut off whole.
    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let line = rect.row(0)
        buffer.fill(line, role: .tab)
        var x = line.minX
        for (index, title) in titles.enumerated() {
            let isSelected = index == selected
            let label = isSelected ? "[\(title)]" : " \(title) "
            guard x + label.displayWidth <= line.maxX else { break }
            x = buffer.put(label, at: Point(x: x, y: line.minY), role: isSelected ? .selectedTab : .tab, clip: line)
            x = buffer.put(" ", at: Point(x: x, y: line.minY), role: .tab, clip: line)
        }
    }
}
