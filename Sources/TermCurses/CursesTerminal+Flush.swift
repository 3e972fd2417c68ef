import CNcursesw
import TermUI

extension CursesTerminal {
    /// Shows a buffer, writing only the cells that differ from the last one shown; after
    /// a resize, or when the buffer's size changed, everything is written again.
    ///
    /// The buffer has already clipped everything and kept wide characters whole, which
    /// matters because curses' wide output does not clip. Writing the bottom-right cell
    /// does not scroll: scrolling is off (the curses default), so curses only reports
    /// that the cursor could not advance.
    public func flush(_ buffer: Buffer) {
        let window = halldesk_stdscr()
        let previous = shown.flatMap { $0.size == buffer.size ? $0 : nil }
        if previous == nil {
            werase(window)
        }
        if needsClear {
            clearok(window, true)
            needsClear = false
        }
        let screen = size
        let width = min(buffer.size.width, screen.width)
        for y in 0..<min(buffer.size.height, screen.height) {
            for x in 0..<width {
                let cell = buffer[x, y]
                guard !cell.isContinuation else { continue }
                if let previous, previous[x, y] == cell,
                   cell.width == 1 || previous[x + 1, y] == buffer[x + 1, y] {
                    continue
                }
                write(cell, x: x, y: y, fits: x + cell.width <= width, in: window)
            }
        }
        wrefresh(window)
        shown = buffer
    }

    /// Writes one cell; a wide glyph that the screen is too narrow for becomes a space.
    /// `Buffer` only holds glyphs `Glyph.split` made inert; a control scalar found here all
    /// the same (a future way of filling cells) is written as U+FFFD, never as itself.
    private func write(_ cell: Cell, x: Int, y: Int, fits: Bool, in window: UnsafeMutablePointer<WINDOW>?) {
        let scalars = cell.character.unicodeScalars
        let inert = scalars.allSatisfy { InertText.mark(for: $0) == nil } ? Array(scalars) : ["\u{FFFD}"]
        var characters = fits ? inert.map { wchar_t(bitPattern: $0.value) } : [wchar_t(32)]
        characters.append(0)
        let (attributes, pair) = palette.attributes(role: cell.role, emphasis: cell.emphasis)
        var output = cchar_t()
        guard halldesk_setcchar(&output, characters, attributes, pair) != ERR else { return }
        mvwadd_wch(window, Int32(y), Int32(x), &output)
    }
}
