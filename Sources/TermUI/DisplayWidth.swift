/// How many terminal columns text takes.
///
/// The terminal (through ncurses) places characters by glibc's `wcwidth`, so the buffer
/// must measure exactly the same way or its columns drift from the screen's. The table in
/// `WidthTable` is taken from glibc and a test compares the two.
public enum DisplayWidth {
    /// The width `wcwidth` gives a scalar: 0, 1 or 2; `nil` where `wcwidth` says -1
    /// (controls, unassigned code points), which the buffer shows as U+FFFD instead.
    public static func of(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if contains(WidthTable.unprintable, value) { return nil }
        if contains(WidthTable.zeroWidth, value) { return 0 }
        if contains(WidthTable.doubleWidth, value) { return 2 }
        return 1
    }

    /// The columns a character takes once drawn into a `Buffer`.
    public static func of(_ character: Character) -> Int {
        Glyph.split(String(character)).reduce(0) { $0 + $1.width }
    }

    /// The columns a string takes once drawn into a `Buffer` (inert replacements included).
    public static func of(_ string: String) -> Int {
        Glyph.split(string).reduce(0) { $0 + $1.width }
    }

    /// Binary search over sorted inclusive `(first, last)` pairs.
    private static func contains(_ ranges: [UInt32], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count / 2 - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < ranges[2 * mid] {
                high = mid - 1
            } else if value > ranges[2 * mid + 1] {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension String {
    /// Columns this string takes in a `Buffer`; shorthand for `DisplayWidth.of(self)`.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
