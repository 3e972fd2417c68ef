/// One screen cell of a `Buffer`.
///
/// A wide glyph (width 2) fills its own cell and marks the cell to its right as a
/// continuation (width 0), so the buffer always knows that the two columns belong
/// together and can never show half of one.
public struct Cell: Hashable, Sendable {
    public var character: Character
    /// 1 or 2 for a glyph; 0 for the right half of the wide glyph to its left.
    public var width: Int
    public var role: ThemeRole
    /// Emphasis added on top of the role's style (e.g. the text field's cursor).
    public var emphasis: Emphasis

    public init(character: Character, width: Int, role: ThemeRole = .normal, emphasis: Emphasis = []) {
        self.character = character
        self.width = width
        self.role = role
        self.emphasis = emphasis
    }

    public var isContinuation: Bool { width == 0 }

    public static func blank(role: ThemeRole = .normal, emphasis: Emphasis = []) -> Cell {
        Cell(character: " ", width: 1, role: role, emphasis: emphasis)
    }

    static func continuation(role: ThemeRole, emphasis: Emphasis) -> Cell {
        Cell(character: " ", width: 0, role: role, emphasis: emphasis)
    }
}
