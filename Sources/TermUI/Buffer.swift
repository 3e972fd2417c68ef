/// A width × height grid of cells: each frame is drawn into one, then flushed to the
/// terminal as a diff.
///
/// All clipping happens here, because curses' wide-string output does not clip: every
/// write stays inside the buffer and the given clip rectangle, and never leaves half of a
/// wide glyph behind.
public struct Buffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, role: ThemeRole = .normal) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank(role: role), count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(origin: Point(x: 0, y: 0), size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes text on one row from `point`, clipped to `clip` (default: the whole buffer).
    ///
    /// A wide glyph that straddles a clip edge is replaced by spaces in the visible column,
    /// and writing over half of an existing wide glyph blanks its other half. Returns the
    /// column just after the text as if unclipped, so writes can be chained.
    @discardableResult
    public mutating func put(
        _ text: String, at point: Point, role: ThemeRole = .normal,
        emphasis: Emphasis = [], clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        var x = point.x
        let visibleRow = point.y >= area.minY && point.y < area.maxY
        for glyph in Glyph.split(text) {
            let end = x + glyph.width
            defer { x = end }
            guard visibleRow, x < area.maxX, end > area.minX else { continue }
            if x >= area.minX && end <= area.maxX {
                write(glyph, x: x, y: point.y, role: role, emphasis: emphasis)
            } else {
                for column in max(x, area.minX)..<min(end, area.maxX) {
                    write(Glyph(character: " ", width: 1), x: column, y: point.y, role: role, emphasis: emphasis)
                }
            }
        }
        return x
    }

    /// Fills a rectangle (clipped to the buffer) with one narrow character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: ThemeRole = .normal, emphasis: Emphasis = []) {
        let area = rect.intersection(bounds)
        let glyph = Glyph.split(String(character)).first.flatMap { $0.width == 1 ? $0 : nil }
            ?? Glyph(character: Glyph.replacement, width: 1)
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX {
                write(glyph, x: x, y: y, role: role, emphasis: emphasis)
            }
        }
    }

    /// Changes the role and emphasis of cells in a rectangle without touching their text,
    /// e.g. to highlight a selected row or the text field's cursor.
    public mutating func restyle(_ rect: Rect, role: ThemeRole? = nil, emphasis: Emphasis) {
        let area = rect.intersection(bounds)
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX {
                let index = y * size.width + x
                if let role { cells[index].role = role }
                cells[index].emphasis = emphasis
            }
        }
    }

    /// Draws the outline of a rectangle with a border set. Rectangles under 2×2 draw nothing.
    public mutating func box(_ rect: Rect, borders: BorderSet, role: ThemeRole = .border) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let horizontal = String(repeating: borders.horizontal, count: rect.width - 2)
        put("\(borders.topLeft)\(horizontal)\(borders.topRight)", at: rect.origin, role: role)
        put("\(borders.bottomLeft)\(horizontal)\(borders.bottomRight)", at: Point(x: rect.minX, y: rect.maxY - 1), role: role)
        for y in (rect.minY + 1)..<(rect.maxY - 1) {
            put(String(borders.vertical), at: Point(x: rect.minX, y: y), role: role)
            put(String(borders.vertical), at: Point(x: rect.maxX - 1, y: y), role: role)
        }
    }

    /// The text of each row, full width: a wide glyph appears once and its continuation
    /// cell is left out, so each line reads as it looks on screen.
    public func textLines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width where !self[x, y].isContinuation {
                line.append(self[x, y].character)
            }
            return line
        }
    }

    /// Places a glyph that is known to fit in the buffer, keeping wide glyphs whole.
    private mutating func write(_ glyph: Glyph, x: Int, y: Int, role: ThemeRole, emphasis: Emphasis) {
        for column in x..<(x + glyph.width) {
            detach(x: column, y: y)
        }
        let index = y * size.width + x
        cells[index] = Cell(character: glyph.character, width: glyph.width, role: role, emphasis: emphasis)
        if glyph.width == 2 {
            cells[index + 1] = .continuation(role: role, emphasis: emphasis)
        }
    }

    /// Before a cell is overwritten: blank the other half of a wide glyph it belongs to.
    private mutating func detach(x: Int, y: Int) {
        let index = y * size.width + x
        let cell = cells[index]
        if cell.isContinuation, x > 0 {
            cells[index - 1] = .blank(role: cells[index - 1].role, emphasis: cells[index - 1].emphasis)
        } else if cell.width == 2, x + 1 < size.width {
            cells[index + 1] = .blank(role: cell.role, emphasis: cell.emphasis)
        }
        cells[index] = .blank(role: cell.role, emphasis: cell.emphasis)
    }
}

extension Buffer {
    /// Every graphic glyph replaced by its `AsciiGlyphs` stand-in, for the ascii theme. A
    /// wide one becomes its stand-in and a space, so columns stay where they were.
    public mutating func replaceGraphicsWithAscii() {
        for index in cells.indices where !cells[index].isContinuation {
            let cell = cells[index]
            let replaced = AsciiGlyphs.replacement(for: cell.character)
            guard replaced != cell.character else { continue }
            cells[index] = Cell(character: replaced, width: 1, role: cell.role, emphasis: cell.emphasis)
            if cell.width == 2, index + 1 < cells.count {
                cells[index + 1] = .blank(role: cells[index + 1].role, emphasis: cells[index + 1].emphasis)
            }
        }
    }
}
