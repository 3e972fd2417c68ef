import HallDomain
@testable import TermCurses
import TermUI

/// Seeded keys as a terminal delivers them to the console, for the key fuzz: letters and
/// digits (which are commands outside a text field), Chinese, editing and function keys,
/// Ctrl-letters, and raw `get_wch` values that are no character at all (C0/C1 controls,
/// surrogates, values past U+10FFFF — what invalid UTF-8 from a terminal comes to), mapped
/// by the console's own `CursesTerminal.characterKey`.
struct RandomKeys {
    var random: SimulationRandom

    init(seed: UInt64) { random = SimulationRandom(seed: seed) }

    private static let special: [Key] = [
        .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
    ] + (1...12).map(Key.function)
    private static let ascii = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /:?,.-_*'\"\\")
    /// Keys the panes act on (open, confirm, submit, leave), weighted up so that random
    /// typing reaches the engine rather than staying in one text field.
    private static let acting: [Key] = [.enter, .enter, .escape, .escape, .function(2), .down, .up, .character("y"), .character("1"),
                                        .character("2"), .character("3")]
        + Array("abcdfhijmnoprstvx+-").map(Key.character) + (3...9).map(Key.function)
    private static let chinese = Array("营业厅工单投诉停电电费居民新装计量班营销部天河路号满意不满意退回派单")

    /// The next key, or nil where the terminal layer drops what came (an invalid value).
    mutating func next() -> Key? {
        switch random.next() % 100 {
        case 0..<30: return .character(pick(Self.ascii))
        case 30..<40: return .character(pick(Self.chinese))
        case 40..<60: return pick(Self.special)
        case 60..<80: return pick(Self.acting)
        case 80..<85: return .control(Character(Unicode.Scalar(UInt8(97 + random.next() % 26))))
        default: return CursesTerminal.characterKey(rawValue())
        }
    }

    /// A value as `get_wch` may hand it over: controls, C1, surrogate halves, beyond Unicode, anything.
    private mutating func rawValue() -> UInt32 {
        switch random.next() % 5 {
        case 0: return UInt32(random.next() % 32)
        case 1: return UInt32(0x7F + random.next() % 0x21)
        case 2: return UInt32(0xD800 + random.next() % 0x800)
        case 3: return UInt32(0x110000 + random.next() % 0x1000)
        default: return UInt32(truncatingIfNeeded: random.next())
        }
    }

    /// Ten thousand characters pasted at once: the terminal delivers them key by key.
    mutating func paste(count: Int = 10_000) -> [Key] {
        (0..<count).map { _ in .character(random.next() % 3 == 0 ? pick(Self.chinese) : pick(Self.ascii)) }
    }

    /// A terminal size from 10×3 up to a large screen.
    mutating func size() -> Size {
        Size(width: 10 + Int(random.next() % 150), height: 3 + Int(random.next() % 50))
    }

    mutating func chance(_ oneIn: UInt64) -> Bool { random.next() % oneIn == 0 }

    private mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
}
