import Foundation

/// Reads the bodies replay meets most (a quarter of a log each: `slipIssued`, `slipCalled`,
/// `serviceStarted`, `serviceFinished`) straight from their bytes, with no decoder, container
/// or copy of the text.
///
/// It only ever says yes when sure: it accepts the text today's codec writes and the
/// harmless variations of it (whitespace, another key order, an explicit null for an
/// optional), reading each value as strictly as `BodyJSON` checks it; anything else (an
/// escape in a string, a key it does not know, a key written twice, a number with a
/// fraction where an integer belongs, text after the object) makes it give up, and
/// `EventCodec` hands the same bytes to `BodyDecoder`, which decides as it always did.
/// So a body reads the same whichever path reads it, and a refusal says the same thing:
/// `BodyReaderTests` holds the reader to `JSONDecoder` on generated bodies and to
/// `BodyDecoder` on edited ones.
struct BodyReader {
    private let bytes: UnsafeRawBufferPointer
    private var i = 0

    private init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The value `read` makes of the one object `data` holds, or nil when either gives up.
    static func read<T>(_ data: Data, _ read: (inout BodyReader) -> T?) -> T? {
        data.withUnsafeBytes { raw in
            var reader = BodyReader(raw)
            guard let value = read(&reader) else { return nil }
            reader.skipSpace()
            return reader.i == raw.count ? value : nil
        }
    }

    // MARK: Objects

    /// Walks an object's members in the order written, handing each key to `member`, which
    /// reads the value and returns false to give up. False when the text is not an object
    /// of well-formed members or `member` gave up.
    mutating func object(_ member: (inout BodyReader, Key) -> Bool) -> Bool {
        skipSpace()
        guard take(.openBrace) else { return false }
        skipSpace()
        if take(.closeBrace) { return true }
        while true {
            guard let key = key() else { return false }
            skipSpace()
            guard take(.colon) else { return false }
            skipSpace()
            guard member(&self, key) else { return false }
            skipSpace()
            if take(.comma) { skipSpace(); continue }
            return take(.closeBrace)
        }
    }

    /// A member's name as written between its quotes; only plain ASCII names are read (a
    /// body's keys are Swift property names), so comparing bytes is comparing names.
    struct Key {
        let bytes: UnsafeRawBufferPointer

        static func == (key: Key, name: StaticString) -> Bool {
            key.bytes.count == name.utf8CodeUnitCount
                && memcmp(key.bytes.baseAddress!, name.utf8Start, key.bytes.count) == 0
        }
    }

    private mutating func key() -> Key? {
        guard take(.quote) else { return nil }
        let start = i
        while i < bytes.count, bytes[i] != .quote {
            guard bytes[i] >= 0x20, bytes[i] < 0x80, bytes[i] != .backslash else { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        i += 1
        return Key(bytes: UnsafeRawBufferPointer(rebasing: bytes[start..<(i - 1)]))
    }

    /// Reads a member's value into `field` the first time its key is met; a key met twice
    /// gives up (the generic reader knows which one counts).
    mutating func once<T>(_ field: inout T?, _ read: (inout BodyReader) -> T?) -> Bool {
        guard field == nil, let value = read(&self) else { return false }
        field = value
        return true
    }

    /// `once` for an optional member: an explicit null reads as nil, as a missing key does.
    mutating func onceOrNull<T>(_ field: inout T??, _ read: (inout BodyReader) -> T?) -> Bool {
        guard field == nil else { return false }
        if null() { field = .some(nil); return true }
        guard let value = read(&self) else { return false }
        field = value
        return true
    }

    // MARK: Values

    /// A string without escapes or control characters, in well-formed UTF-8.
    mutating func string() -> String? {
        guard take(.quote) else { return nil }
        let start = i
        var ascii = true
        while i < bytes.count, bytes[i] != .quote {
            let byte = bytes[i]
            guard byte >= 0x20, byte != .backslash else { return nil }
            if byte >= 0x80 { ascii = false }
            i += 1
        }
        guard i < bytes.count else { return nil }
        let text = UnsafeRawBufferPointer(rebasing: bytes[start..<i])
        i += 1
        let string = String(decoding: text, as: UTF8.self)
        return ascii || Self.isVerbatim(string, text) ? string : nil
    }

    /// Whether `String(decoding:)` gave back `bytes` unchanged, which it does when, and only
    /// when, they are well-formed UTF-8 (it repairs anything else). `String(validating:as:)`
    /// says the same but looked up generic metadata on every call.
    private static func isVerbatim(_ string: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var string = string
        return string.withUTF8 { utf8 in
            utf8.count == bytes.count && memcmp(utf8.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
    }

    /// A string naming one case of `T`.
    mutating func raw<T: RawRepresentable<String>>(_: T.Type) -> T? {
        string().flatMap(T.init(rawValue:))
    }

    /// An integer written without fraction or exponent that fits in `Int`.
    mutating func integer() -> Int? {
        guard let (negative, magnitude) = digits(), !fractionOrExponentFollows() else { return nil }
        if negative { return magnitude <= UInt64(Int.max) ? -Int(magnitude) : (magnitude == UInt64(Int.max) + 1 ? Int.min : nil) }
        return Int(exactly: magnitude)
    }

    /// A number as the standard library's parser reads it, exact for integers below 2^53.
    mutating func double() -> Double? {
        let start = i
        guard let (negative, magnitude) = digits() else { return nil }
        if !fractionOrExponentFollows(), magnitude <= 1 << 53 { return negative ? -Double(magnitude) : Double(magnitude) }
        if take(.dot) { guard skipDigits() else { return nil } }
        if take(.e) || take(.capitalE) {
            _ = take(.plus) || take(.minus)
            guard skipDigits() else { return nil }
        }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// An array whose every element `element` reads.
    mutating func array<T>(_ element: (inout BodyReader) -> T?) -> [T]? {
        guard take(.openBracket) else { return nil }
        var result: [T] = []
        skipSpace()
        if take(.closeBracket) { return result }
        while true {
            skipSpace()
            guard let value = element(&self) else { return nil }
            result.append(value)
            skipSpace()
            if take(.comma) { continue }
            return take(.closeBracket) ? result : nil
        }
    }

    private mutating func null() -> Bool { literal("null") }

    // MARK: Bytes

    /// The sign and digits of a number (JSON's grammar: no leading zero, no plus), or nil
    /// when there are none or they overflow 64 bits. A magnitude of zero digits is refused.
    private mutating func digits() -> (negative: Bool, magnitude: UInt64)? {
        let negative = take(.minus)
        let start = i
        var magnitude: UInt64 = 0
        while i < bytes.count, bytes[i] >= .zero, bytes[i] <= .nine {
            let (times10, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(bytes[i] - .zero))
            guard !o1, !o2 else { return nil }
            magnitude = sum
            i += 1
        }
        guard i > start, !(bytes[start] == .zero && i - start > 1) else { return nil }
        return (negative, magnitude)
    }

    private mutating func skipDigits() -> Bool {
        let start = i
        while i < bytes.count, bytes[i] >= .zero, bytes[i] <= .nine { i += 1 }
        return i > start
    }

    private func fractionOrExponentFollows() -> Bool {
        i < bytes.count && (bytes[i] == .dot || bytes[i] == .e || bytes[i] == .capitalE)
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count, memcmp(bytes.baseAddress! + i, word.utf8Start, count) == 0 else { return false }
        i += count
        return true
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        // The codec writes no whitespace: one look, then back.
        guard i < bytes.count, bytes[i] <= .space else { return }
        while i < bytes.count, bytes[i] == .space || bytes[i] == .newline || bytes[i] == .carriageReturn || bytes[i] == .tab { i += 1 }
    }
}

extension BodyReader {
    /// The fields a service's start and its finish both have and nothing else (a slip
    /// served at a counter by a clerk on a business day), made into `make`'s body.
    mutating func serviceAtCounter<T>(_ make: (_ businessDay: String, _ slip: String, _ counter: Int, _ clerk: String) -> T) -> T? {
        var businessDay: String?, slip: String?, counter: Int?, clerk: String?
        guard object({ reader, key in
            if key == "businessDay" { return reader.once(&businessDay) { $0.string() } }
            if key == "slip" { return reader.once(&slip) { $0.string() } }
            if key == "counter" { return reader.once(&counter) { $0.integer() } }
            if key == "clerk" { return reader.once(&clerk) { $0.string() } }
            return false
        }), let businessDay, let slip, let counter, let clerk else { return nil }
        return make(businessDay, slip, counter, clerk)
    }
}

/// A body `BodyReader` reads without the generic decoder; `EventCodec` tries this first.
protocol ReadableBody: EventBody {
    /// The body `reader` holds, or nil to leave the decision to `BodyDecoder`.
    static func read(_ reader: inout BodyReader) -> Self?
}
