import CNcursesw
import TermUI

/// Turns a cell's role and emphasis into curses attributes and a colour pair.
///
/// Colour pairs are allocated on first use, one per foreground/background combination
/// the theme actually uses, so a theme never runs out of pairs.
final class CursesPalette {
    private let theme: Theme
    /// How many colours the terminal has; 0 when colours are off.
    private let colours: Int
    private var pairs: [ColourKey: Int32] = [:]
    private var cache: [StyleKey: (attributes: attr_t, pair: Int32)] = [:]

    private struct ColourKey: Hashable {
        let foreground: Int32
        let background: Int32
    }

    private struct StyleKey: Hashable {
        let role: ThemeRole
        let emphasis: Emphasis
    }

    init(theme: Theme, colours: Int) {
        self.theme = theme
        self.colours = colours
    }

    func attributes(role: ThemeRole, emphasis extra: Emphasis) -> (attributes: attr_t, pair: Int32) {
        let key = StyleKey(role: role, emphasis: extra)
        if let known = cache[key] { return known }
        let style = theme.style(for: role)
        let emphasis = style.emphasis.union(extra)
        var attributes: attr_t = 0
        if emphasis.contains(.bold) { attributes |= halldesk_a_bold() }
        if emphasis.contains(.reverse) { attributes |= halldesk_a_reverse() }
        if emphasis.contains(.underline) { attributes |= halldesk_a_underline() }
        if emphasis.contains(.dim) { attributes |= halldesk_a_dim() }
        let result = (attributes, pair(foreground: style.foreground, background: style.background))
        cache[key] = result
        return result
    }

    private func pair(foreground: Color?, background: Color?) -> Int32 {
        guard colours > 0 else { return 0 }
        let key = ColourKey(foreground: number(foreground), background: number(background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        let next = Int32(pairs.count + 1)
        guard next < halldesk_color_pairs(), init_extended_pair(next, key.foreground, key.background) != ERR else {
            return 0
        }
        pairs[key] = next
        return next
    }

    /// The curses colour number: -1 for the terminal default; bright colours fall back to
    /// their plain versions on 8-colour terminals.
    private func number(_ colour: Color?) -> Int32 {
        guard let colour, colour != .terminalDefault,
              let index = Color.allCases.firstIndex(of: colour) else { return -1 }
        let value = Int32(index - 1)
        return colours >= 16 ? value : value % 8
    }
}
