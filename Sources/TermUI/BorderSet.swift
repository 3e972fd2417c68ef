/// The characters boxes are drawn with.
///
/// Borders are our own characters, not curses' ACS line graphics, so they pass through
/// the same width-checked buffer as text; `ascii` is for terminals and fonts that show
/// box drawing badly.
public struct BorderSet: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// `├`: where a horizontal divider meets the left edge.
    public var teeLeft: Character
    /// `┤`: where a horizontal divider meets the right edge.
    public var teeRight: Character

    public init(
        horizontal: Character, vertical: Character,
        topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
        teeLeft: Character, teeRight: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeLeft = teeLeft
        self.teeRight = teeRight
    }

    public static let unicode = BorderSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", teeLeft: "├", teeRight: "┤"
    )

    public static let ascii = BorderSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", teeLeft: "+", teeRight: "+"
    )

    /// True when every character is ASCII; other widgets (sparkline, bar chart) then
    /// avoid block elements too.
    public var isASCII: Bool {
        [horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight]
            .allSatisfy(\.isASCII)
    }
}
