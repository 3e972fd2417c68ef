import Foundation

/// The bytes of one event body read as JSON in place, for `BodyDecoder`.
///
/// Replay decodes a million bodies; building a tree of values per body (as JSONDecoder does)
/// costs more than folding the event. This reads values straight from the bytes by offset:
/// `check` walks the whole text once, strictly (RFC 8259: escapes, `\u` surrogate pairs,
/// UTF-8, number grammar, nesting), so after it the faster `skip` may trust the text.
struct BodyJSON: Sendable {
    let bytes: [UInt8]

    /// How deep arrays and objects may nest, as JSONDecoder allows; deeper is refused
    /// rather than risking the stack on a hostile body.
    static let depthLimit = 512

    // MARK: Checking the whole text

    /// The offset after the one value that makes up the text, or an error saying where the
    /// text is not JSON.
    func checkDocument() throws -> Int {
        let start = skipSpace(0)
        let end = skipSpace(try check(start, depth: 0))
        guard end == bytes.count else { throw failure("unexpected text after the value", end) }
        return start
    }

    /// The offset just after the well-formed value at `i`.
    private func check(_ i: Int, depth: Int) throws -> Int {
        guard depth < Self.depthLimit else { throw failure("nesting deeper than \(Self.depthLimit)", i) }
        guard i < bytes.count else { throw failure("unexpected end of text", i) }
        switch bytes[i] {
        case .quote: return try checkString(i).end
        case .openBrace: return try checkMembers(i, depth: depth)
        case .openBracket: return try checkElements(i, depth: depth)
        case .t: return try checkLiteral("true", i)
        case .f: return try checkLiteral("false", i)
        case .n: return try checkLiteral("null", i)
        case .minus, .zero ... .nine: return try checkNumber(i).end
        default: throw failure("unexpected character \(describe(bytes[i]))", i)
        }
    }

    private func checkMembers(_ open: Int, depth: Int) throws -> Int {
        var i = skipSpace(open + 1)
        if i < bytes.count, bytes[i] == .closeBrace { return i + 1 }
        while true {
            guard i < bytes.count, bytes[i] == .quote else { throw failure("expected a key in quotes", i) }
            i = skipSpace(try checkString(i).end)
            guard i < bytes.count, bytes[i] == .colon else { throw failure("expected ':' after a key", i) }
            i = skipSpace(try check(skipSpace(i + 1), depth: depth + 1))
            guard i < bytes.count else { throw failure("unterminated object", i) }
            if bytes[i] == .comma { i = skipSpace(i + 1); continue }
            if bytes[i] == .closeBrace { return i + 1 }
            throw failure("expected ',' or '}' in an object", i)
        }
    }

    private func checkElements(_ open: Int, depth: Int) throws -> Int {
        var i = skipSpace(open + 1)
        if i < bytes.count, bytes[i] == .closeBracket { return i + 1 }
        while true {
            i = skipSpace(try check(i, depth: depth + 1))
            guard i < bytes.count else { throw failure("unterminated array", i) }
            if bytes[i] == .comma { i = skipSpace(i + 1); continue }
            if bytes[i] == .closeBracket { return i + 1 }
            throw failure("expected ',' or ']' in an array", i)
        }
    }

    private func checkLiteral(_ word: StaticString, _ i: Int) throws -> Int {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { throw failure("unexpected end of text", i) }
        let utf8 = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for k in 0..<count where bytes[i + k] != utf8[k] { throw failure("invalid literal, expected \(word)", i) }
        return i + count
    }

    /// The end of the string at `i` and whether its text is the bytes between the quotes as
    /// they stand (no escapes), so reading it needs no unescaping.
    func checkString(_ open: Int) throws -> (end: Int, plain: Bool) {
        var i = open + 1
        var plain = true
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case .quote:
                return (i + 1, plain)
            case .backslash:
                plain = false
                guard i + 1 < bytes.count else { throw failure("unterminated string", open) }
                switch bytes[i + 1] {
                case .quote, .backslash, .slash, .b, .f, .n, .r, .t: i += 2
                case .u:
                    let unit = try hexUnit(i + 2)
                    i += 6
                    if (0xD800...0xDBFF).contains(unit) {
                        guard i + 1 < bytes.count, bytes[i] == .backslash, bytes[i + 1] == .u,
                              (0xDC00...0xDFFF).contains(try hexUnit(i + 2))
                        else { throw failure("a high surrogate \\u escape without its low surrogate", i - 6) }
                        i += 6
                    } else if (0xDC00...0xDFFF).contains(unit) {
                        throw failure("a low surrogate \\u escape without its high surrogate", i - 6)
                    }
                default:
                    throw failure("invalid escape \\\(describe(bytes[i + 1]))", i)
                }
            case 0..<0x20:
                throw failure("unescaped control character \(describe(byte)) in a string", i)
            case 0x80...:
                i = try utf8SequenceEnd(i)
            default:
                i += 1
            }
        }
        throw failure("unterminated string", open)
    }

    private func hexUnit(_ i: Int) throws -> UInt16 {
        guard i + 4 <= bytes.count else { throw failure("unexpected end of text in a \\u escape", i) }
        var unit: UInt16 = 0
        for k in i..<(i + 4) {
            guard let digit = hexDigit(bytes[k]) else { throw failure("invalid hex digit in a \\u escape", k) }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    private func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case .zero ... .nine: byte - .zero
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The end of the multi-byte UTF-8 sequence at `i`, refusing overlong forms, surrogates
    /// and code points past U+10FFFF (the Unicode standard's table 3-7).
    private func utf8SequenceEnd(_ i: Int) throws -> Int {
        let lead = bytes[i]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw failure("invalid UTF-8", i)
        }
        guard i + length <= bytes.count else { throw failure("invalid UTF-8", i) }
        guard (low...high).contains(bytes[i + 1]) else { throw failure("invalid UTF-8", i) }
        for k in (i + 2)..<(i + length) where !(0x80...0xBF).contains(bytes[k]) { throw failure("invalid UTF-8", i) }
        return i + length
    }

    /// The end of the number at `i` and whether it is an integer (no fraction, no exponent).
    func checkNumber(_ start: Int) throws -> (end: Int, integer: Bool) {
        var i = start
        if bytes[i] == .minus { i += 1 }
        guard i < bytes.count, isDigit(bytes[i]) else { throw failure("a number without digits", start) }
        if bytes[i] == .zero {
            i += 1
            if i < bytes.count, isDigit(bytes[i]) { throw failure("a number with a leading zero", start) }
        } else {
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        var integer = true
        if i < bytes.count, bytes[i] == .dot {
            integer = false
            i += 1
            guard i < bytes.count, isDigit(bytes[i]) else { throw failure("a number without digits after '.'", start) }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == .e || bytes[i] == .capitalE {
            integer = false
            i += 1
            if i < bytes.count, bytes[i] == .plus || bytes[i] == .minus { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { throw failure("a number without digits in its exponent", start) }
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        }
        return (i, integer)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= .zero && byte <= .nine }

    // MARK: Walking checked text

    func skipSpace(_ start: Int) -> Int {
        var i = start
        while i < bytes.count {
            switch bytes[i] {
            case .space, .newline, .carriageReturn, .tab: i += 1
            default: return i
            }
        }
        return i
    }

    /// The offset after the value at `i`, in text `checkDocument` accepted.
    func skip(_ start: Int) -> Int {
        switch bytes[start] {
        case .quote:
            var i = start + 1
            while bytes[i] != .quote { i += bytes[i] == .backslash ? 2 : 1 }
            return i + 1
        case .openBrace, .openBracket:
            var depth = 0
            var i = start
            repeat {
                switch bytes[i] {
                case .quote: i = skip(i) - 1
                case .openBrace, .openBracket: depth += 1
                case .closeBrace, .closeBracket: depth -= 1
                default: break
                }
                i += 1
            } while depth > 0
            return i
        case .t, .n: return start + 4
        case .f: return start + 5
        default:
            var i = start + 1
            while i < bytes.count {
                switch bytes[i] {
                case .zero ... .nine, .minus, .plus, .dot, .e, .capitalE: i += 1
                default: return i
                }
            }
            return i
        }
    }

    /// One object member in checked text: where its key's quotes are and where its value starts.
    struct Member {
        var keyStart: Int
        var keyEnd: Int
        var plainKey: Bool
        var value: Int
    }

    /// The members of the checked object at `open`, in the order written.
    func members(_ open: Int) -> [Member] {
        var result: [Member] = []
        var i = skipSpace(open + 1)
        guard bytes[i] != .closeBrace else { return result }
        // Room for a body's members at once: growing from empty took four allocations for
        // every object replay decodes.
        result.reserveCapacity(16)
        while true {
            var end = i + 1
            var plain = true
            while bytes[end] != .quote {
                if bytes[end] == .backslash { plain = false; end += 2 } else { end += 1 }
            }
            end += 1
            let value = skipSpace(skipSpace(end) + 1)
            result.append(Member(keyStart: i, keyEnd: end, plainKey: plain, value: value))
            i = skipSpace(skip(value))
            if bytes[i] == .closeBrace { return result }
            i = skipSpace(i + 1)
        }
    }

    /// The start of each element of the checked array at `open`.
    func elements(_ open: Int) -> [Int] {
        var result: [Int] = []
        var i = skipSpace(open + 1)
        guard bytes[i] != .closeBracket else { return result }
        while true {
            result.append(i)
            i = skipSpace(skip(i))
            if bytes[i] == .closeBracket { return result }
            i = skipSpace(i + 1)
        }
    }

    // MARK: Reading values from checked text

    enum Kind { case object, array, string, number, bool, null }

    /// What the checked value at `start` is, from its first byte.
    func kind(_ start: Int) -> Kind {
        switch bytes[start] {
        case .openBrace: .object
        case .openBracket: .array
        case .quote: .string
        case .t, .f: .bool
        case .n: .null
        default: .number
        }
    }

    func isTrue(_ start: Int) -> Bool { bytes[start] == .t }

    /// Whether the key of `member` is `name`, comparing bytes when both are plain ASCII
    /// (where bytes and Swift's canonical string equality agree) and strings otherwise.
    func key(_ member: Member, is name: String) -> Bool {
        key(member, is: name, ascii: name.utf8.allSatisfy { $0 < 0x80 })
    }

    /// `key(_:is:)` for a name already known to be ASCII or not, as a look-up comparing one
    /// name with every member asks once rather than once per member.
    func key(_ member: Member, is name: String, ascii nameIsASCII: Bool) -> Bool {
        var name = name
        let ascii: Bool? = name.withUTF8 { utf8 in
            let count = member.keyEnd - member.keyStart - 2
            guard member.plainKey, nameIsASCII else { return nil }
            guard count == utf8.count else { return false }
            for k in 0..<count where bytes[member.keyStart + 1 + k] != utf8[k] {
                return bytes[member.keyStart + 1 + k] < 0x80 ? false : nil
            }
            return true
        }
        return ascii ?? (string(member.keyStart) == name)
    }

    /// The text of the checked string at `open`, its escapes resolved.
    func string(_ open: Int) -> String {
        var i = open + 1
        var end = i
        var plain = true
        while bytes[end] != .quote {
            if bytes[end] == .backslash { plain = false; end += 2 } else { end += 1 }
        }
        if plain { return String(decoding: bytes[i..<end], as: UTF8.self) }
        var text: [UInt8] = []
        text.reserveCapacity(end - i)
        while i < end {
            let byte = bytes[i]
            guard byte == .backslash else { text.append(byte); i += 1; continue }
            switch bytes[i + 1] {
            case .b: text.append(0x08)
            case .f: text.append(0x0C)
            case .n: text.append(.newline)
            case .r: text.append(.carriageReturn)
            case .t: text.append(.tab)
            case .u:
                var scalar = UInt32(checkedHex(i + 2))
                if (0xD800...0xDBFF).contains(scalar) {
                    scalar = 0x10000 + (scalar - 0xD800) << 10 + (UInt32(checkedHex(i + 8)) - 0xDC00)
                    i += 6
                }
                text.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
                i += 6
                continue
            default: text.append(bytes[i + 1])
            }
            i += 2
        }
        return String(decoding: text, as: UTF8.self)
    }

    private func checkedHex(_ i: Int) -> UInt16 {
        (i..<(i + 4)).reduce(0) { $0 << 4 | UInt16(hexDigit(bytes[$1])!) }
    }

    /// The text of the checked number at `start`, for the standard library's parsers.
    func numberText(_ start: Int) -> String {
        String(decoding: bytes[start..<skip(start)], as: UTF8.self)
    }

    /// The integer written at `start` (a checked number), if it has no fraction or exponent
    /// and fits in 64 bits; `integer` says when to fall back to the general parse.
    func plainInteger(_ start: Int) -> (negative: Bool, magnitude: UInt64)? {
        var i = start
        let negative = bytes[i] == .minus
        if negative { i += 1 }
        var magnitude: UInt64 = 0
        while i < bytes.count, isDigit(bytes[i]) {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[i] - .zero))
            guard !o1, !o2 else { return nil }
            magnitude = sum
            i += 1
        }
        if i < bytes.count, bytes[i] == .dot || bytes[i] == .e || bytes[i] == .capitalE { return nil }
        return (negative, magnitude)
    }

    // MARK: Failures

    func failure(_ what: String, _ offset: Int) -> DecodingError {
        DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The body is not valid JSON: \(what) at byte \(offset)."))
    }

    private func describe(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? "'\(Character(Unicode.Scalar(byte)))'" : "0x" + String(byte, radix: 16, uppercase: true)
    }
}
