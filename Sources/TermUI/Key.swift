/// An input event as the application sees it, independent of curses key codes.
public enum Key: Hashable, Sendable {
    /// A printable character, including whole Chinese characters from an input method.
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
    /// Ctrl plus a letter, as the lowercase letter: Ctrl-A is `.control("a")`. Ctrl-H, -I,
    /// -J and -M send the same bytes as Backspace, Tab and Enter and arrive as those.
    case control(Character)
    /// The terminal changed size; redraw at the new size.
    case resize
}
