/// A vertical list with one selected row that scrolls to keep the selection visible.
///
/// The selected row is drawn in the `selected` role and marked with `>` so it reads
/// without colour too.
public struct ListView: Hashable, Sendable {
    public var items: [String]
    public private(set) var selection: Int?
    /// The first row shown; kept between frames so the list does not jump.
    public private(set) var offset: Int = 0

    public init(items: [String], selection: Int? = nil) {
        self.items = items
        self.selection = items.isEmpty ? nil : selection.map { min(max(0, $0), items.count - 1) }
    }

    /// Moves the selection by `delta` rows, stopping at either end, and scrolls so it
    /// stays within a window of `visibleRows`.
    public mutating func moveSelection(by delta: Int, visibleRows: Int) {
        guard !items.isEmpty else { return }
        select((selection ?? (delta > 0 ? -1 : items.count)) + delta, visibleRows: visibleRows)
    }

    /// Selects a row (clamped to the list) and scrolls it into view.
    public mutating func select(_ index: Int, visibleRows: Int) {
        guard !items.isEmpty else { return }
        selection = min(max(0, index), items.count - 1)
        offset = Scrolling.offset(keeping: selection, previous: offset, visibleRows: visibleRows, count: items.count)
    }

    /// The first row drawn in a window of `visibleRows`: the stored offset, moved only
    /// if the selection would otherwise be off screen.
    public func visibleOffset(visibleRows: Int) -> Int {
        Scrolling.offset(keeping: selection, previous: offset, visibleRows: visibleRows, count: items.count)
    }

    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let first = visibleOffset(visibleRows: rect.height)
        for row in 0..<rect.height {
            let index = first + row
            let line = rect.row(row)
            guard index < items.count else {
                buffer.fill(line)
                continue
            }
            let isSelected = index == selection
            let role: ThemeRole = isSelected ? .selected : .normal
            let text = (isSelected ? ">" : " ") + items[index]
            buffer.put(TextFit.pad(text, width: rect.width), at: line.origin, role: role, clip: line)
        }
    }
}
