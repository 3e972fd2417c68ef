/// What is shown instead of a character that would drive the terminal rather than print.
///
/// Text from outside (a 95598 export, a typed name, a log record) may hold escape
/// sequences: `ESC ]0;…BEL` retitles the window, `ESC [2J` clears it, a C1 `CSI` (U+009B)
/// does the same in one character on terminals that honour C1 in UTF-8, and a bidi
/// override reorders what staff read. None of them may reach the terminal, and it must
/// stay visible that something was there, so each becomes a one-column mark:
///
/// - C0 controls (ESC, BEL, CR, LF…) and DEL become their Unicode control pictures:
///   `␛` for ESC, `␇` for BEL, `␍` for CR, `␊` for LF, `␡` for DEL. A reader of the
///   Chinese screen sees which control it was, and the marks are one column in glibc.
/// - C1 controls and bidi embeddings, overrides, isolates and marks become U+FFFD `�`:
///   they have no pictures, and their only use in a hall's text is mischief.
///
/// The screen (`Glyph.split`) and the command-line output (`lines(_:)`) both use these
/// marks, so the same bad text looks the same everywhere.
public enum InertText {
    /// The mark shown instead of `scalar`, or nil when `scalar` may be written as it is.
    public static func mark(for scalar: Unicode.Scalar) -> Character? {
        let value = scalar.value
        switch value {
        case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + value)!)
        case 0x7F: return "\u{2421}"
        case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
        default: return nil
        }
    }

    /// Text for a terminal that is not ours to draw (a command's printed lines): every
    /// scalar that `mark(for:)` names is replaced, except line feeds and tabs, which the
    /// command's own layout uses. A CR is marked, since it would let a line overwrite the
    /// start of itself.
    public static func lines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && mark(for: $0) != nil }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar != "\n", scalar != "\t", let mark = mark(for: scalar) {
                result.append(mark)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A JSON text with every DEL, C1 and bidi scalar written as a `\uXXXX` escape.
    /// JSON encoders escape C0 already but pass these through; they can only stand inside
    /// string literals, so the escaped text is the same JSON value, safe on a terminal.
    public static func json(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x20 && mark(for: $0) != nil }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x20, mark(for: scalar) != nil {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
