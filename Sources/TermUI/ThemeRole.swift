/// What a cell means, not how it looks: the theme decides the look.
///
/// Screens and widgets mark cells with a role; the curses layer turns the role into
/// colours and attributes through the active `Theme`. Raw values are theme-file keys.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable, ThemeFileName {
    case normal, title, border, focusedBorder, header, selected
    case tab, selectedTab, keyBar, keyHint, status
    case waiting, overdue, major, ok, warning, error, muted, input, chart

    /// Parses a theme-file key, ignoring case, `-` and `_` (`key_hint`, `keyHint`).
    public init?(name: String) {
        guard let match = Self.matching(name) else { return nil }
        self = match
    }
}
