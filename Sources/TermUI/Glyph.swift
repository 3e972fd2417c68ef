/// One thing that occupies cells: a spacing character with any combining marks it carries,
/// and its width (1 or 2).
///
/// Text is split into glyphs the way ncurses sees it through `wcwidth` (a spacing scalar
/// followed by zero-width ones), not by Swift's grapheme rules, so that every glyph maps
/// to exactly one `cchar_t` on screen. Anything `wcwidth` cannot print — C0/C1 controls,
/// ESC, BEL, DEL, unassigned code points — becomes U+FFFD: text from a log or a user can
/// never send a control sequence to the terminal, and it stays visible that something
/// was there.
public struct Glyph: Hashable, Sendable {
    /// What is shown in place of a character the terminal cannot print.
    public static let replacement: Character = "\u{FFFD}"

    public let character: Character
    public let width: Int

    public init(character: Character, width: Int) {
        self.character = character
        self.width = width
    }

    /// Combining scalars a single screen cell holds besides its base (`cchar_t` has 5 slots).
    static let maxCombining = 4

    /// Splits text into glyphs. Zero-width scalars join the glyph before them when they
    /// form one grapheme with it and fit in a cell; otherwise (no base, a stray format
    /// character such as U+200B) they are dropped, as they would show nothing.
    public static func split(_ text: String) -> [Glyph] {
        var glyphs: [Glyph] = []
        glyphs.reserveCapacity(text.unicodeScalars.count)
        var combining = 0
        for scalar in text.unicodeScalars {
            guard let width = DisplayWidth.of(scalar), !isControl(scalar) else {
                glyphs.append(Glyph(character: replacement, width: 1))
                combining = 0
                continue
            }
            if width > 0 {
                glyphs.append(Glyph(character: Character(scalar), width: width))
                combining = 0
                continue
            }
            guard let last = glyphs.last, last.character != replacement, combining < maxCombining else {
                continue
            }
            var joined = String(last.character)
            joined.unicodeScalars.append(scalar)
            if joined.count == 1 {
                glyphs[glyphs.count - 1] = Glyph(character: Character(joined), width: last.width)
                combining += 1
            }
        }
        return glyphs
    }

    /// C0, DEL and C1: glibc gives NUL width 0, but it must never reach the terminal either.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }
}
