/// What the ascii theme draws instead of line, arrow, block and shape glyphs: its users have
/// fonts that show those badly or as question marks, and a pane that spells `│` or `→` in a
/// string would otherwise slip past the theme's `+-|` borders. Chinese text is left alone.
public enum AsciiGlyphs {
    /// The one-column ASCII character for `character`, or `character` itself when it is
    /// not a graphic the ascii theme avoids.
    public static func replacement(for character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
        switch scalar.value {
        case 0x2190, 0x21D0: return "<"                 // ← ⇐
        case 0x2192, 0x21D2: return ">"                 // → ⇒
        case 0x2191, 0x25B2, 0x25B3: return "^"         // ↑ ▲ △
        case 0x2193, 0x25BC, 0x25BD: return "v"         // ↓ ▼ ▽
        case 0x2194, 0x2195, 0x21C4...0x21C6: return "~" // ↔ ↕ ⇄
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A: return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B: return "|"
        case 0x2500...0x257F: return "+"                // corners, tees, crosses
        case 0x2580...0x2590, 0x2594...0x259F: return "#" // blocks: bars and big digits
        case 0x2591...0x2593: return ":"                // shades
        case 0x25A0...0x25FF: return "*"                // squares, circles, other shapes
        default: return character
        }
    }
}
