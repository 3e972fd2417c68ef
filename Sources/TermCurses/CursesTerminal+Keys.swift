import CNcursesw
import TermUI

extension CursesTerminal {
    /// Waits up to `timeoutMilliseconds` for a key; nil when none came (the caller's clock
    /// tick) or when the key means nothing to us. Chinese from an input method arrives as
    /// whole characters, one per call.
    public func nextKey(timeoutMilliseconds: Int32) -> Key? {
        let window = halldesk_stdscr()
        wtimeout(window, timeoutMilliseconds)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES:
            let key = Self.functionKey(Int32(bitPattern: code))
            if key == .resize {
                shown = nil
                needsClear = true
            }
            return key
        case OK:
            return Self.characterKey(UInt32(code))
        default:
            return nil
        }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case halldesk_key_resize(): return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// Plain characters: the control codes terminals send for Tab, Enter, Esc and
    /// Backspace, Ctrl-letters, and printable characters. Anything else (other C0/C1
    /// controls, invalid code points) is dropped rather than passed on.
    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0..<32, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
