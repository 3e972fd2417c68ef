/// Breaks a line of receipt text into lines no wider than the paper.
///
/// Chinese may break between any two characters, so the break is by width, character by
/// character (a `Character` is never split, so neither is a GB18030 code nor a combined
/// glyph). Two refinements keep a receipt readable: a run of ASCII (a time `09:12`, a slip
/// number, `10–15`'s digits) moves to the next line whole rather than being cut, and
/// closing punctuation (`，。）`) never starts a line: the character before it comes down
/// with it. Spaces at a break are dropped.
enum ReceiptWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line: [Character] = []
        var used = 0
        for character in text {
            let characterWidth = ReceiptWidth.of(character)
            if used + characterWidth > width && !line.isEmpty {
                if character == " " {
                    lines.append(finished(line))
                    line = []
                    used = 0
                    continue
                }
                let carry = carried(line, before: character, width: width)
                lines.append(finished(line.dropLast(carry)))
                line = Array(line.suffix(carry))
                used = ReceiptWidth.of(String(line))
            }
            if line.isEmpty && character == " " && !lines.isEmpty { continue }
            line.append(character)
            used += characterWidth
        }
        if !line.isEmpty || lines.isEmpty {
            lines.append(finished(line))
        }
        return lines
    }

    /// Characters closing punctuation may not begin a line with.
    private static let closing: Set<Character> = ["，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "”", "’", "…"]

    /// How many characters at the end of a full `line` move down with `next`: the ASCII
    /// run `next` continues, or the character (or ASCII run) closing punctuation follows.
    /// Nothing moves if it would leave the line blank or not fit beside `next`.
    private static func carried(_ line: [Character], before next: Character, width: Int) -> Int {
        guard let last = line.last, last != " " else { return 0 }
        let runStart = isWordPart(last) ? (line.lastIndex { !isWordPart($0) } ?? -1) + 1 : line.count - 1
        let count: Int
        if closing.contains(next) {
            count = line.count - runStart
        } else if isWordPart(next) && isWordPart(last) {
            count = line.count - runStart
        } else {
            return 0
        }
        let keepsText = line[..<runStart].contains { $0 != " " }
        let fits = ReceiptWidth.of(String(line.suffix(count))) + ReceiptWidth.of(next) <= width
        return keepsText && fits ? count : 0
    }

    /// Printable ASCII other than space: the pieces of numbers, times and codes.
    private static func isWordPart(_ character: Character) -> Bool {
        character.isASCII && character != " "
    }

    private static func finished<C: Collection<Character>>(_ characters: C) -> String {
        var text = String(characters)
        while text.last == " " { text.removeLast() }
        return text
    }
}
