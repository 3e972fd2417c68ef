import TermUI

/// Letters and digits five cells by five, drawn with a block character and scaled whole:
/// a slip number on the hall's TV must be read from five metres, and a terminal has no
/// bigger font than its own. Only what slip numbers and counters use (A–Z, 0–9).
enum BlockFont {
    static let rows = 5
    static let columns = 5

    /// Each glyph as five rows, `#` for a filled cell.
    private static let glyphs: [Character: [String]] = [
        "0": [" ### ", "#  ##", "# # #", "##  #", " ### "],
        "1": ["  #  ", " ##  ", "  #  ", "  #  ", " ### "],
        "2": [" ### ", "#   #", "  ## ", " #   ", "#####"],
        "3": ["#### ", "    #", " ### ", "    #", "#### "],
        "4": ["#  # ", "#  # ", "#####", "   # ", "   # "],
        "5": ["#####", "#    ", "#### ", "    #", "#### "],
        "6": [" ### ", "#    ", "#### ", "#   #", " ### "],
        "7": ["#####", "   # ", "  #  ", " #   ", " #   "],
        "8": [" ### ", "#   #", " ### ", "#   #", " ### "],
        "9": [" ### ", "#   #", " ####", "    #", " ### "],
        "A": [" ### ", "#   #", "#####", "#   #", "#   #"],
        "B": ["#### ", "#   #", "#### ", "#   #", "#### "],
        "C": [" ####", "#    ", "#    ", "#    ", " ####"],
        "D": ["#### ", "#   #", "#   #", "#   #", "#### "],
        "E": ["#####", "#    ", "#### ", "#    ", "#####"],
        "F": ["#####", "#    ", "#### ", "#    ", "#    "],
        "G": [" ####", "#    ", "#  ##", "#   #", " ####"],
        "H": ["#   #", "#   #", "#####", "#   #", "#   #"],
        "I": ["#####", "  #  ", "  #  ", "  #  ", "#####"],
        "J": ["#####", "   # ", "   # ", "#  # ", " ##  "],
        "K": ["#   #", "#  # ", "###  ", "#  # ", "#   #"],
        "L": ["#    ", "#    ", "#    ", "#    ", "#####"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
        "N": ["#   #", "##  #", "# # #", "#  ##", "#   #"],
        "O": [" ### ", "#   #", "#   #", "#   #", " ### "],
        "P": ["#### ", "#   #", "#### ", "#    ", "#    "],
        "Q": [" ### ", "#   #", "# # #", "#  # ", " ## #"],
        "R": ["#### ", "#   #", "#### ", "#  # ", "#   #"],
        "S": [" ####", "#    ", " ### ", "    #", "#### "],
        "T": ["#####", "  #  ", "  #  ", "  #  ", "  #  "],
        "U": ["#   #", "#   #", "#   #", "#   #", " ### "],
        "V": ["#   #", "#   #", "#   #", " # # ", "  #  "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
        "X": ["#   #", " # # ", "  #  ", " # # ", "#   #"],
        "Y": ["#   #", " # # ", "  #  ", "  #  ", "  #  "],
        "Z": ["#####", "   # ", "  #  ", " #   ", "#####"],
    ]

    /// How many columns `text` takes at a horizontal scale: each glyph and a one-cell gap
    /// between glyphs, both scaled.
    static func width(of text: String, scaleX: Int) -> Int {
        let count = text.count
        return count == 0 ? 0 : (count * (columns + 1) - 1) * scaleX
    }

    /// Draws `text` with its top-left corner at `origin`, each font cell `scaleX` columns
    /// by `scaleY` rows; characters the font lacks are left blank.
    static func draw(_ text: String, at origin: Point, scaleX: Int, scaleY: Int, block: Character, role: ThemeRole,
                     into buffer: inout Buffer) {
        for (index, character) in text.uppercased().enumerated() {
            guard let glyph = glyphs[character] else { continue }
            let left = origin.x + index * (columns + 1) * scaleX
            for (row, line) in glyph.enumerated() {
                for (column, cell) in line.enumerated() where cell == "#" {
                    buffer.fill(Rect(x: left + column * scaleX, y: origin.y + row * scaleY, width: scaleX, height: scaleY),
                                with: block, role: role)
                }
            }
        }
    }
}
