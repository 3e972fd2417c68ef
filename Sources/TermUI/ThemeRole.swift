/// What a cell means, not how it looks: the theme decides the look.
///
/// Screens and widgets mark cells with a role; the curses layer turns the role into
/// colours and attributes through the active `Theme`. Raw values are theme-file keys.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case normal, title, border, focusedBorder, header, selected
    case tab, selectedTab, keyBar, keyHint, status
    case waiting, overdue, major, ok, warning, error, muted, input, chart

    /// Parses a theme-file key, ignoring case, `-` and `_` (`key_hint`, `keyHint`).
    public init?(name: String) {
        let wanted = Self.normalise(name)
        guard let match = Self.allCases.first(where: { Self.normalise($0.rawValue) == wanted }) else {
            return nil
        }
        self = match
    }

    private static func normalise(_ name: String) -> String {
        name.lowercased().filter { $0 != "-" && $0 != "_" }
    }
}
