/// A single-line text field that edits Chinese correctly.
///
/// The cursor moves and deletes by `Character`, so one press of Backspace removes one
/// whole Chinese character; positions on screen are in display columns. Text wider than
/// the field scrolls horizontally to keep the cursor visible.
///
/// Typing and deleting at the end, where nearly all typing happens, do not walk the text:
/// a paste arrives as one key per character, and ten thousand of them walking ever longer
/// text took seconds.
public struct TextField: Hashable, Sendable {
    public private(set) var text: String
    /// The cursor as a count of characters before it (0 … `text.count`).
    public private(set) var cursor: Int
    /// `text.count`, kept because counting characters walks the whole text.
    private var length: Int
    /// A PIN: drawn as one `*` per character, never the characters themselves.
    public var isSecret = false

    public init(text: String = "") {
        self.text = Self.singleLine(text)
        self.length = self.text.count
        self.cursor = length
    }

    /// The display column of the cursor within the whole text.
    public var cursorColumn: Int { DisplayWidth.of(String(text.prefix(cursor))) }

    /// Inserts text at the cursor, whole (an input method's phrase arrives at once);
    /// line breaks and other controls are dropped, since the field has one line.
    public mutating func insert(_ string: String) {
        let clean = Self.singleLine(string)
        let grown: Int
        if cursor == length {
            // A combining mark typed after a character joins it rather than adding one.
            let last = text.last.map(String.init) ?? ""
            grown = (last + clean).count - (last.isEmpty ? 0 : 1)
            text += clean
        } else {
            text.insert(contentsOf: clean, at: text.index(text.startIndex, offsetBy: cursor))
            grown = text.count - length
        }
        length += grown
        cursor += grown
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        if cursor == length {
            text.removeLast()
        } else {
            text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
        }
        cursor -= 1
        length -= 1
    }

    public mutating func deleteForward() {
        guard cursor < length else { return }
        text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        length -= 1
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(length, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = length }

    public mutating func clear() {
        text = ""
        cursor = 0
        length = 0
    }

    /// Applies an editing key. Returns false for keys the field does not use (Enter,
    /// Esc, Tab…), which the caller then handles.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .backspace: deleteBackward()
        case .delete, .control("d"): deleteForward()
        case .left, .control("b"): moveLeft()
        case .right, .control("f"): moveRight()
        case .home, .control("a"): moveHome()
        case .end, .control("e"): moveEnd()
        case .control("u"): clear()
        default: return false
        }
        return true
    }

    /// The first character shown in a field `width` columns wide: 0 while the cursor fits,
    /// else as far right as needed to keep the cursor (and a wide character under it) in view.
    public func firstVisibleCharacter(width: Int) -> Int {
        var column = cursorColumn
        let need = widthUnderCursor
        var start = 0
        for character in text.prefix(cursor) {
            guard column + need > width else { break }
            column -= DisplayWidth.of(character)
            start += 1
        }
        return start
    }

    /// Columns the cursor highlights: the character under it, or one past the end.
    private var widthUnderCursor: Int {
        cursor < length ? max(1, DisplayWidth.of(text[text.index(text.startIndex, offsetBy: cursor)])) : 1
    }

    /// Draws the field on the first row of `rect` in the `input` role. When focused, the
    /// cell under the cursor is shown in reverse (the terminal cursor stays hidden);
    /// returns the cursor's screen position.
    @discardableResult
    public func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme, isFocused: Bool = true) -> Point {
        let line = rect.row(0)
        let start = isSecret ? max(0, cursor - line.width + 1) : firstVisibleCharacter(width: line.width)
        let shown = isSecret ? String(repeating: "*", count: length - start) : String(text.dropFirst(start))
        buffer.fill(line, role: .input)
        buffer.put(shown, at: line.origin, role: .input, clip: line)
        let cursorX = line.minX + (isSecret ? cursor - start : DisplayWidth.of(String(text.dropFirst(start).prefix(cursor - start))))
        let point = Point(x: cursorX, y: line.minY)
        if isFocused {
            buffer.restyle(Rect(x: cursorX, y: line.minY, width: widthUnderCursor, height: 1).intersection(line), emphasis: .reverse)
        }
        return point
    }

    private static func singleLine(_ string: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: string.unicodeScalars.filter { $0.properties.generalCategory != .control })
        return String(scalars)
    }
}
