import CNcursesw

extension CursesTerminal {
    /// What the terminals halls use send for F1–F5, Home and End, whatever `TERM` they
    /// claim. PuTTY and Xshell say `TERM=xterm` but send F1–F4 as `ESC[11~`…`ESC[14~` and
    /// Home/End as `ESC[1~`/`ESC[4~` by default; in their Linux mode F1–F5 are `ESC[[A`…
    /// `ESC[[E`; rxvt sends `ESC[7~`/`ESC[8~`. The terminfo entry for the claimed `TERM`
    /// knows only one of each, so without these F1 (help) and F4 (换人) did nothing.
    static let extraSequences: [(sequence: String, key: Int32)] = {
        let escape = "\u{1B}"
        var table: [(String, Int32)] = []
        for n in 1...5 {
            table.append(("\(escape)[\(10 + n)~", KEY_F0 + Int32(n)))                              // PuTTY, Xshell: ESC[11~…ESC[15~
            table.append(("\(escape)[[\(Character(Unicode.Scalar(UInt8(64 + n))))", KEY_F0 + Int32(n)))  // Linux console: ESC[[A…ESC[[E
        }
        for n in 1...4 {
            table.append(("\(escape)O\(Character(Unicode.Scalar(UInt8(79 + n))))", KEY_F0 + Int32(n)))  // VT100/xterm: ESC OP…ESC OS
        }
        for home in ["[1~", "[7~", "[H", "OH"] { table.append((escape + home, KEY_HOME)) }
        for end in ["[4~", "[8~", "[F", "OF"] { table.append((escape + end, KEY_END)) }
        return table
    }()

    /// Teaches curses the sequences its terminfo entry lacks; one it already binds (to this
    /// key or another) is left as the entry says.
    static func defineExtraSequences() {
        for (sequence, key) in extraSequences where key_defined(sequence) == 0 {
            define_key(sequence, key)
        }
    }
}
