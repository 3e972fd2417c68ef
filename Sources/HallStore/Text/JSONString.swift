import Glibc

/// JSON string literals for the envelope's text fields, written and read without
/// Foundation: the writer needs exact, stable bytes and the reader needs speed.
enum JSONString {
    /// Appends `text` as a JSON string literal: `"` and `\` are escaped with a backslash,
    /// every other control character as `\u00XX`; everything else is copied as UTF-8.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0..<0x20:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(Hex.digits[Int(byte >> 4)])
                out.append(Hex.digits[Int(byte & 0x0F)])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Reads the string literal whose opening quote is at `start`. Returns the text and the
    /// index just past the closing quote, or nil when the literal is not valid JSON.
    static func read(_ bytes: UnsafeRawBufferPointer, from start: Int, limit: Int) -> (String, Int)? {
        guard start < limit, bytes[start] == UInt8(ascii: "\"") else { return nil }
        var i = start + 1
        var escaped = false
        while i < limit {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                i += 2
            } else {
                i += 1
            }
        }
        guard i < limit else { return nil }
        let raw = UnsafeRawBufferPointer(rebasing: bytes[(start + 1)..<i])
        if !escaped {
            guard let text = validated(raw) else { return nil }
            return (text, i + 1)
        }
        guard let unescaped = unescape(raw), let text = unescaped.withUnsafeBytes(validated) else { return nil }
        return (text, i + 1)
    }

    /// `String(validating:as:)`, without its cost per call (it looked up generic metadata,
    /// a twentieth of reading a record): `String(decoding:)` gives back exactly the bytes
    /// it was given when, and only when, they are valid UTF-8, as it repairs anything else.
    private static func validated(_ raw: UnsafeRawBufferPointer) -> String? {
        var text = String(decoding: raw, as: UTF8.self)
        let same = text.withUTF8 { utf8 in
            utf8.count == raw.count && (raw.isEmpty || memcmp(utf8.baseAddress!, raw.baseAddress!, raw.count) == 0)
        }
        return same ? text : nil
    }

    /// The UTF-8 bytes a literal's contents stand for, or nil for an invalid escape.
    private static func unescape(_ raw: UnsafeRawBufferPointer) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let byte = raw[i]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                i += 1
                continue
            }
            guard i + 1 < raw.count else { return nil }
            switch raw[i + 1] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let (scalar, next) = unicodeEscape(raw, at: i) else { return nil }
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = next
                continue
            default: return nil
            }
            i += 2
        }
        return out
    }

    /// Decodes `\uXXXX` at `i` (with its low surrogate when it is a high one).
    private static func unicodeEscape(_ raw: UnsafeRawBufferPointer, at i: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hex4(raw, at: i + 2) else { return nil }
        if (0xD800..<0xDC00).contains(high) {
            guard i + 11 < raw.count, raw[i + 6] == UInt8(ascii: "\\"), raw[i + 7] == UInt8(ascii: "u"),
                  let low = hex4(raw, at: i + 8), (0xDC00..<0xE000).contains(low),
                  let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
            else { return nil }
            return (scalar, i + 12)
        }
        guard let scalar = Unicode.Scalar(high) else { return nil }
        return (scalar, i + 6)
    }

    private static func hex4(_ raw: UnsafeRawBufferPointer, at i: Int) -> UInt32? {
        guard i + 4 <= raw.count else { return nil }
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            guard let digit = Hex.value(raw[k]) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
