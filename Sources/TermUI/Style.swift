/// How a cell looks: colours (nil = the terminal default) and emphasis.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var emphasis: Emphasis

    public init(foreground: Color? = nil, background: Color? = nil, emphasis: Emphasis = []) {
        self.foreground = foreground
        self.background = background
        self.emphasis = emphasis
    }

    public var bold: Bool { emphasis.contains(.bold) }
    public var reverse: Bool { emphasis.contains(.reverse) }
    public var underline: Bool { emphasis.contains(.underline) }
    public var dim: Bool { emphasis.contains(.dim) }

    /// Whether this style asks for any colour at all.
    public var hasColour: Bool { foreground != nil || background != nil }

    /// The same style without colours, for terminals that have none or `NO_COLOR`.
    /// A background colour marks a band (a selected row, the key bar), so it becomes
    /// reverse video rather than vanishing.
    public var withoutColour: Style {
        let band = background != nil && background != .terminalDefault
        return Style(emphasis: band ? emphasis.union(.reverse) : emphasis)
    }

    public static let plain = Style()
}
