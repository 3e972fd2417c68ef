/// A table with a header row and a selectable, scrolling body. Columns are measured in
/// display columns, so Chinese and ASCII cells line up.
public struct TableView: Hashable, Sendable {
    public var columns: [TableColumn]
    public var rows: [[String]]
    public private(set) var selection: Int?
    public private(set) var offset: Int = 0
    /// Columns between two table columns.
    public static let gap = 1

    public init(columns: [TableColumn], rows: [[String]], selection: Int? = nil) {
        self.columns = columns
        self.rows = rows
        self.selection = rows.isEmpty ? nil : selection.map { min(max(0, $0), rows.count - 1) }
    }

    /// Moves the selection by `delta` rows and scrolls it into a body of `visibleRows`.
    public mutating func moveSelection(by delta: Int, visibleRows: Int) {
        guard !rows.isEmpty else { return }
        selection = min(max(0, (selection ?? (delta > 0 ? -1 : rows.count)) + delta), rows.count - 1)
        offset = Scrolling.offset(keeping: selection, previous: offset, visibleRows: visibleRows, count: rows.count)
    }

    /// One row's text: each cell fitted and padded to its column.
    public func line(_ cells: [String]) -> String {
        columns.enumerated().map { index, column in
            TextFit.pad(index < cells.count ? cells[index] : "", width: column.width, alignment: column.alignment)
        }.joined(separator: String(repeating: " ", count: Self.gap))
    }

    /// Draws the header on the first row of `rect` and the body below it.
    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        guard rect.height > 0 else { return }
        let header = rect.row(0)
        buffer.fill(header, role: .header)
        buffer.put(line(columns.map(\.title)), at: header.origin, role: .header, clip: header)
        let bodyRows = rect.height - 1
        let first = Scrolling.offset(keeping: selection, previous: offset, visibleRows: bodyRows, count: rows.count)
        for row in 0..<bodyRows {
            let index = first + row
            let target = rect.row(row + 1)
            guard index < rows.count else {
                buffer.fill(target)
                continue
            }
            let role: ThemeRole = index == selection ? .selected : .normal
            buffer.fill(target, role: role)
            buffer.put(line(rows[index]), at: target.origin, role: role, clip: target)
        }
    }
}
