import Foundation
@testable import HallDomain

/// Makes a value of any `Decodable` type from seeded random choices instead of from text,
/// so a property test gets bodies of every event type without a generator per type: the
/// type's own `init(from:)` asks for what it holds, and this answers with strings full of
/// Chinese, quotes, backslashes, control characters and emoji, numbers at their edges,
/// optionals nil or set, and arrays empty, short or long.
final class ArbitraryBody {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An arbitrary value of `T`.
    func make<T: Decodable>() throws -> T { try value(T.self) }

    // SplitMix64: small, seeded, so a failure names a seed that reproduces it.
    private func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    func below(_ count: Int) -> Int { Int(next() % UInt64(count)) }
    func chance(_ percent: Int) -> Bool { below(100) < percent }
    func pick<E>(_ choices: [E]) -> E { choices[below(choices.count)] }

    static let pieces = ["a", "Z", "0", " ", "中", "文", "营业厅", "工单", "\"", "\\", "/", "\\u4e2d", "\n", "\r", "\t", "\u{0}",
                         "\u{1F}", "\u{7F}", "\u{2028}", "\u{FEFF}", "😀", "👩‍👩‍👧", "🇨🇳", "e\u{301}", "<&>'", "{\"k\":[1]}"]

    func string() -> String {
        guard !chance(15) else { return "" }
        return (0..<(1 + below(12))).map { _ in pick(Self.pieces) }.joined()
    }

    func integer<T: FixedWidthInteger>(_: T.Type) -> T {
        if chance(30) { return pick([T.min, T.max, 0, 1, T.isSigned ? T(truncatingIfNeeded: -1) : 2]) }
        return T(truncatingIfNeeded: next())
    }

    func double() -> Double {
        if chance(50) {
            return pick([0, -0.0, 1, -1, 0.1, 1.0 / 3, 1e-300, 5e-324, 2.2250738585072014e-308, .greatestFiniteMagnitude,
                         -.greatestFiniteMagnitude, 9_007_199_254_740_993, 1e22, 123.456])
        }
        return Double(Int64(truncatingIfNeeded: next())) / Double(1 + below(1_000_000))
    }

    /// Count of elements of the next array: empty, a few, or many.
    func arrayCount() -> Int { chance(25) ? 0 : chance(70) ? 1 + below(3) : 30 + below(40) }

    func value<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is Bool.Type: return chance(50) as! T
        case is String.Type: return string() as! T
        case is Double.Type: return double() as! T
        case is Float.Type: return Float(Int32(truncatingIfNeeded: next())) / 7 as! T
        case is Int.Type: return integer(Int.self) as! T
        case is Int8.Type: return integer(Int8.self) as! T
        case is Int16.Type: return integer(Int16.self) as! T
        case is Int32.Type: return integer(Int32.self) as! T
        case is Int64.Type: return integer(Int64.self) as! T
        case is UInt.Type: return integer(UInt.self) as! T
        case is UInt8.Type: return integer(UInt8.self) as! T
        case is UInt16.Type: return integer(UInt16.self) as! T
        case is UInt32.Type: return integer(UInt32.self) as! T
        case is UInt64.Type: return integer(UInt64.self) as! T
        default:
            if let finite = type as? any CaseIterable.Type { return anyCase(of: finite) as! T }
            return try T(from: ArbitraryDecoder(self, path: []))
        }
    }

    private func anyCase<C: CaseIterable>(of _: C.Type) -> C { pick(Array(C.allCases)) }
}

/// The `Decoder` face of `ArbitraryBody`: every key is present, `decodeNil` is a coin.
private struct ArbitraryDecoder: Decoder, SingleValueDecodingContainer {
    let body: ArbitraryBody
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ body: ArbitraryBody, path: [any CodingKey]) {
        self.body = body
        codingPath = path
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(ArbitraryKeyed<Key>(body: body, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedDecodingContainer {
        ArbitraryUnkeyed(body: body, codingPath: codingPath, count: body.arrayCount())
    }

    func singleValueContainer() -> any SingleValueDecodingContainer { self }
    func decodeNil() -> Bool { body.chance(40) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try body.value(type) }
    func decode(_ type: Bool.Type) throws -> Bool { try body.value(type) }
    func decode(_ type: String.Type) throws -> String { try body.value(type) }
    func decode(_ type: Double.Type) throws -> Double { try body.value(type) }
    func decode(_ type: Float.Type) throws -> Float { try body.value(type) }
    func decode(_ type: Int.Type) throws -> Int { try body.value(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try body.value(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try body.value(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try body.value(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try body.value(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try body.value(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try body.value(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try body.value(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try body.value(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try body.value(type) }
}

private struct ArbitraryKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let body: ArbitraryBody
    let codingPath: [any CodingKey]
    var allKeys: [Key] { [] }

    func contains(_: Key) -> Bool { true }
    func decodeNil(forKey _: Key) -> Bool { body.chance(40) }
    func decode<T: Decodable>(_ type: T.Type, forKey _: Key) throws -> T { try body.value(type) }
    func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key) -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(ArbitraryKeyed<NestedKey>(body: body, codingPath: codingPath + [key]))
    }
    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedDecodingContainer {
        ArbitraryUnkeyed(body: body, codingPath: codingPath + [key], count: body.arrayCount())
    }
    func superDecoder() -> any Decoder { ArbitraryDecoder(body, path: codingPath) }
    func superDecoder(forKey key: Key) -> any Decoder { ArbitraryDecoder(body, path: codingPath + [key]) }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try body.value(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try body.value(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try body.value(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try body.value(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try body.value(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try body.value(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try body.value(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try body.value(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try body.value(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try body.value(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try body.value(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try body.value(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try body.value(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try body.value(type) }
}

private struct ArbitraryUnkeyed: UnkeyedDecodingContainer {
    let body: ArbitraryBody
    let codingPath: [any CodingKey]
    let count: Int?
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= count! }

    init(body: ArbitraryBody, codingPath: [any CodingKey], count: Int) {
        self.body = body
        self.codingPath = codingPath
        self.count = count
    }

    mutating func decodeNil() -> Bool {
        let isNil = body.chance(40)
        if isNil { currentIndex += 1 }
        return isNil
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try decode(type, generic: ()) }

    private mutating func decode<T: Decodable>(_ type: T.Type, generic _: Void) throws -> T {
        currentIndex += 1
        return try body.value(type)
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decode(type as Bool.Type, generic: ()) }
    mutating func decode(_ type: String.Type) throws -> String { try decode(type as String.Type, generic: ()) }
    mutating func decode(_ type: Double.Type) throws -> Double { try decode(type as Double.Type, generic: ()) }
    mutating func decode(_ type: Float.Type) throws -> Float { try decode(type as Float.Type, generic: ()) }
    mutating func decode(_ type: Int.Type) throws -> Int { try decode(type as Int.Type, generic: ()) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decode(type as Int8.Type, generic: ()) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decode(type as Int16.Type, generic: ()) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decode(type as Int32.Type, generic: ()) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decode(type as Int64.Type, generic: ()) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decode(type as UInt.Type, generic: ()) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(type as UInt8.Type, generic: ()) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(type as UInt16.Type, generic: ()) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(type as UInt32.Type, generic: ()) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(type as UInt64.Type, generic: ()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return KeyedDecodingContainer(ArbitraryKeyed<NestedKey>(body: body, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return ArbitraryUnkeyed(body: body, codingPath: codingPath, count: body.arrayCount())
    }

    mutating func superDecoder() -> any Decoder {
        currentIndex += 1
        return ArbitraryDecoder(body, path: codingPath)
    }
}
