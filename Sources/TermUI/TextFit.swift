/// Fitting text into a number of columns: truncating, padding and wrapping by display
/// width, so Chinese (two columns a character) lines up with ASCII.
public enum TextFit {
    /// Where padding puts the text.
    public enum Alignment: Hashable, Sendable {
        case leading, trailing, center
    }

    /// The ellipsis that marks cut text; one column wide in glibc.
    public static let ellipsis: Character = "…"

    /// The text if it fits in `width` columns; otherwise as much as fits with `…` at the
    /// end. The result is at most `width` columns (one less when a wide character would
    /// have straddled the end); pad it for an exact width.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let glyphs = Glyph.split(text)
        if glyphs.reduce(0, { $0 + $1.width }) <= width { return String(glyphs.map(\.character)) }
        var result = ""
        var used = 0
        for glyph in glyphs {
            guard used + glyph.width <= width - 1 else { break }
            result.append(glyph.character)
            used += glyph.width
        }
        result.append(ellipsis)
        return result
    }

    /// Fits the text and pads it with spaces to exactly `width` columns.
    public static func pad(_ text: String, width: Int, alignment: Alignment = .leading) -> String {
        let fitted = fit(text, width: width)
        let gap = max(0, width - fitted.displayWidth)
        let spaces = { (count: Int) in String(repeating: " ", count: count) }
        switch alignment {
        case .leading: return fitted + spaces(gap)
        case .trailing: return spaces(gap) + fitted
        case .center: return spaces(gap / 2) + fitted + spaces(gap - gap / 2)
        }
    }

    /// Wraps text into lines of at most `width` columns. Lines break at `\n`, after a space,
    /// or between any two characters when one is wide (Chinese needs no spaces), but not
    /// before closing Chinese punctuation such as `，。`. A word longer than a line is cut.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            wrapParagraph(Glyph.split(String(paragraph)), width: width)
        }
    }

    /// Characters a Chinese line must not start with.
    private static let noLineStart: Set<Character> = Set("，。、；：？！）」』》〉】”’…·,.;:?!)")

    private static func wrapParagraph(_ glyphs: [Glyph], width: Int) -> [String] {
        var lines: [String] = []
        var line: [Glyph] = []
        var used = 0
        var justWrapped = false
        for glyph in glyphs {
            while used + glyph.width > width, !line.isEmpty {
                let cut = lastBreak(in: line, before: glyph) ?? line.count
                lines.append(render(line[..<cut]))
                line = Array(line[cut...].drop(while: { $0.character == " " }))
                used = line.reduce(0) { $0 + $1.width }
                justWrapped = true
            }
            if line.isEmpty && justWrapped && glyph.character == " " { continue }
            line.append(glyph)
            used += glyph.width
            justWrapped = false
        }
        lines.append(render(line[...]))
        return lines
    }

    /// The last index in `line` where a new line may start (`line.count`: before `next`).
    private static func lastBreak(in line: [Glyph], before next: Glyph) -> Int? {
        for index in stride(from: line.count, to: 0, by: -1) {
            if canBreak(between: line[index - 1], and: index == line.count ? next : line[index]) {
                return index
            }
        }
        return nil
    }

    private static func canBreak(between previous: Glyph, and next: Glyph) -> Bool {
        if noLineStart.contains(next.character) { return false }
        return previous.character == " " || previous.width == 2 || next.width == 2
    }

    /// A line's text without the spaces it ended on.
    private static func render(_ glyphs: ArraySlice<Glyph>) -> String {
        var characters = glyphs.map(\.character)
        while characters.last == " " { characters.removeLast() }
        return String(characters)
    }
}
