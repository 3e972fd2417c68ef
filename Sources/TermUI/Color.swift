/// The 16-colour terminal palette plus the terminal's own default colour.
///
/// A small palette on purpose: it is what every terminal in a business hall can show, and
/// theme files name these colours. Raw values are the names used in theme files.
public enum Color: String, CaseIterable, Hashable, Sendable, ThemeFileName {
    /// Whatever colour the terminal uses by default (`use_default_colors`, -1 in curses).
    case terminalDefault = "default"
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow
    case brightBlue, brightMagenta, brightCyan, brightWhite

    /// Parses a theme-file name, ignoring case, `-` and `_` (`bright-red`, `BrightRed`).
    public init?(name: String) {
        guard let match = Self.matching(name) else { return nil }
        self = match
    }
}
