/// Lowercase hexadecimal, as the log writes hashes.
enum Hex {
    static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The value of one hex digit of either case, as in a `\u00XX` escape. Hashes are
    /// checked with `isLowercase` so that a hash has exactly one spelling.
    static func value(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Whether `count` bytes at `start` are lowercase hex digits.
    static func isLowercase(_ bytes: UnsafeRawBufferPointer, from start: Int, count: Int) -> Bool {
        for i in start..<(start + count) {
            let byte = bytes[i]
            let ok = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            if !ok { return false }
        }
        return true
    }

    /// The 64 hex digits of a SHA-256 digest, appended to `out`.
    static func append(_ digest: SHA256Digest, to out: inout [UInt8]) {
        digest.withUnsafeBytes { raw in
            for byte in raw {
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0x0F)])
            }
        }
    }

    /// The lowercase hex SHA-256 of `bytes`: how the log names a snapshot file or a roster.
    static func sha256(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        append(SHA256.hash(bytes), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the 64 hex digits at `start` spell `digest`.
    /// Every record's hash is checked here, so the digit is worked out rather than looked
    /// up in `digits`, which cost a check that the table was made on every call.
    static func matches(_ digest: SHA256Digest, _ bytes: UnsafeRawBufferPointer, at start: Int) -> Bool {
        func digit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") - 10 + nibble }
        return digest.withUnsafeBytes { raw in
            for (k, byte) in raw.enumerated() {
                if bytes[start + 2 * k] != digit(byte >> 4) || bytes[start + 2 * k + 1] != digit(byte & 0x0F) {
                    return false
                }
            }
            return true
        }
    }

    /// `bytes` as lowercase hex text (PIN salts and hashes).
    static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }, as: UTF8.self)
    }

    /// The bytes hex `text` spells, or nil if it is not whole hex digits.
    static func bytes(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        for i in stride(from: 0, to: utf8.count, by: 2) {
            guard let high = value(utf8[i]), let low = value(utf8[i + 1]) else { return nil }
            out.append(high << 4 | low)
        }
        return out
    }
}
