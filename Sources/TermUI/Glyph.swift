/// One thing that occupies cells: a spacing character with any combining marks it carries,
/// and its width (1 or 2).
///
/// Text is split into glyphs the way ncurses sees it through `wcwidth` (a spacing scalar
/// followed by zero-width ones), not by Swift's grapheme rules, so that every glyph maps
/// to exactly one `cchar_t` on screen. This is the one place every string drawn passes on
/// its way to the terminal, so controls are made inert here: C0, ESC, BEL, CR, LF and DEL
/// become their control pictures (`␛`, `␇`…), C1 controls and bidi overrides U+FFFD (see
/// `InertText`), and anything else `wcwidth` cannot print (unassigned code points) U+FFFD
/// too. Text from an import, a log or a user can never send a control sequence to the
/// terminal, and it stays visible that something was there.
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
        /// Whether the last glyph is a printed character a zero-width scalar may join.
        var joinable = false
        for scalar in text.unicodeScalars {
            if let mark = InertText.mark(for: scalar) {
                glyphs.append(Glyph(character: mark, width: 1))
                joinable = false
                continue
            }
            guard let width = DisplayWidth.of(scalar) else {
                glyphs.append(Glyph(character: replacement, width: 1))
                joinable = false
                continue
            }
            if width > 0 {
                glyphs.append(Glyph(character: Character(scalar), width: width))
                combining = 0
                joinable = true
                continue
            }
            guard joinable, let last = glyphs.last, combining < maxCombining else { continue }
            var joined = String(last.character)
            joined.unicodeScalars.append(scalar)
            if joined.count == 1 {
                glyphs[glyphs.count - 1] = Glyph(character: Character(joined), width: last.width)
                combining += 1
            }
        }
        return glyphs
    }
}
