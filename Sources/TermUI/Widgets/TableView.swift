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

    /// The table laid out for `width` columns: on a narrow screen only the leading columns
    /// that fit whole (a cell cut mid-word reads as another word; the columns are ordered by
    /// importance), on a wide one every column widened in proportion to its width, so a
    /// 200-column screen is not three-fifths empty. Rounding leaves at most a few columns over.
    public func fitted(to width: Int) -> TableView {
        var kept: [TableColumn] = []
        var used = 0
        for column in columns {
            let needed = column.width + (kept.isEmpty ? 0 : Self.gap)
            guard used + needed <= width else { break }
            kept.append(column)
            used += needed
        }
        guard !kept.isEmpty else { return self }
        let natural = kept.reduce(0) { $0 + $1.width }
        let extra = width - used
        var table = self
        table.columns = kept.map { column in
            var widened = column
            widened.width += extra * column.width / max(1, natural)
            return widened
        }
        return table
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
