import Foundation

/// Decodes an event body's JSON into its `Codable` type as `JSONDecoder` with its default
/// strategies does, several times faster, so a full replay is not spent in decoding.
///
/// One generic piece: every body keeps its synthesized `init(from:)` and decodes through
/// this unchanged. It reads values in place from the checked bytes (`BodyJSON`) instead of
/// first building a tree of every value. Text `JSONDecoder` refuses, this refuses too, and
/// more: the whole text is checked against RFC 8259 first, so damage under a key nobody
/// reads fails here where `JSONDecoder` lets it pass; unknown
/// keys are ignored; a missing key or a value of the wrong type is a `DecodingError`
/// naming its path, as `JSONDecoder`'s are. The property test in `BodyDecoderTests` holds
/// it to `JSONDecoder` on generated bodies of every event type.
///
/// Not handled as `JSONDecoder` special-cases them: `Data` (base64), `URL` and `Decimal`.
/// No body holds one; one that did would fail to decode here, loudly, not decode wrongly.
final class BodyDecoder: Decoder, SingleValueDecodingContainer {
    let json: BodyJSON
    let start: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ json: BodyJSON, at start: Int, path: [any CodingKey]) {
        self.json = json
        self.start = start
        self.codingPath = path
    }

    /// The value of type `T` the body's bytes hold.
    static func decode<T: Decodable>(_: T.Type, from data: Data) throws -> T {
        let json = BodyJSON(bytes: [UInt8](data))
        return try json.decodable(T.self, try json.checkDocument(), path: [])
    }

    func container<Key: CodingKey>(keyedBy _: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try BodyKeyedContainer<Key>(json, at: start, path: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try BodyUnkeyedContainer(json, at: start, path: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { json.kind(start) == .null }
    func decode(_: Bool.Type) throws -> Bool { try json.bool(start, path: codingPath) }
    func decode(_: String.Type) throws -> String { try json.string(start, path: codingPath) }
    func decode(_: Double.Type) throws -> Double { try json.double(start, path: codingPath) }
    func decode(_: Float.Type) throws -> Float { try json.float(start, path: codingPath) }
    func decode(_: Int.Type) throws -> Int { try json.integer(Int.self, start, path: codingPath) }
    func decode(_: Int8.Type) throws -> Int8 { try json.integer(Int8.self, start, path: codingPath) }
    func decode(_: Int16.Type) throws -> Int16 { try json.integer(Int16.self, start, path: codingPath) }
    func decode(_: Int32.Type) throws -> Int32 { try json.integer(Int32.self, start, path: codingPath) }
    func decode(_: Int64.Type) throws -> Int64 { try json.integer(Int64.self, start, path: codingPath) }
    func decode(_: UInt.Type) throws -> UInt { try json.integer(UInt.self, start, path: codingPath) }
    func decode(_: UInt8.Type) throws -> UInt8 { try json.integer(UInt8.self, start, path: codingPath) }
    func decode(_: UInt16.Type) throws -> UInt16 { try json.integer(UInt16.self, start, path: codingPath) }
    func decode(_: UInt32.Type) throws -> UInt32 { try json.integer(UInt32.self, start, path: codingPath) }
    func decode(_: UInt64.Type) throws -> UInt64 { try json.integer(UInt64.self, start, path: codingPath) }
    func decode<T: Decodable>(_: T.Type) throws -> T { try json.decodable(T.self, start, path: codingPath) }
}

/// An object's members, found once when the container is opened and looked up by key.
struct BodyKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let json: BodyJSON
    let members: [BodyJSON.Member]
    let codingPath: [any CodingKey]

    init(_ json: BodyJSON, at start: Int, path: [any CodingKey]) throws {
        guard json.kind(start) == .object else { throw json.mismatch([String: Any].self, start, path: path) }
        self.json = json
        self.members = json.members(start)
        self.codingPath = path
    }

    var allKeys: [Key] {
        var seen = Set<String>()
        return members.compactMap { member in
            let name = json.string(member.keyStart)
            return seen.insert(name).inserted ? Key(stringValue: name) : nil
        }
    }

    func contains(_ key: Key) -> Bool { lookUp(key) != nil }

    /// Where the value of `key` starts. When a key is written twice the first one counts, as
    /// in `JSONDecoder`.
    private func lookUp(_ key: Key) -> Int? {
        let name = key.stringValue
        let ascii = name.utf8.allSatisfy { $0 < 0x80 }
        return members.first(where: { json.key($0, is: name, ascii: ascii) })?.value
    }

    private func value(_ key: Key) throws -> Int {
        guard let value = lookUp(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { json.kind(try value(key)) == .null }
    func decode(_: Bool.Type, forKey key: Key) throws -> Bool { try json.bool(try value(key), path: codingPath + [key]) }
    func decode(_: String.Type, forKey key: Key) throws -> String { try json.string(try value(key), path: codingPath + [key]) }
    func decode(_: Double.Type, forKey key: Key) throws -> Double { try json.double(try value(key), path: codingPath + [key]) }
    func decode(_: Float.Type, forKey key: Key) throws -> Float { try json.float(try value(key), path: codingPath + [key]) }
    func decode(_: Int.Type, forKey key: Key) throws -> Int { try json.integer(Int.self, try value(key), path: codingPath + [key]) }
    func decode(_: Int8.Type, forKey key: Key) throws -> Int8 { try json.integer(Int8.self, try value(key), path: codingPath + [key]) }
    func decode(_: Int16.Type, forKey key: Key) throws -> Int16 { try json.integer(Int16.self, try value(key), path: codingPath + [key]) }
    func decode(_: Int32.Type, forKey key: Key) throws -> Int32 { try json.integer(Int32.self, try value(key), path: codingPath + [key]) }
    func decode(_: Int64.Type, forKey key: Key) throws -> Int64 { try json.integer(Int64.self, try value(key), path: codingPath + [key]) }
    func decode(_: UInt.Type, forKey key: Key) throws -> UInt { try json.integer(UInt.self, try value(key), path: codingPath + [key]) }
    func decode(_: UInt8.Type, forKey key: Key) throws -> UInt8 { try json.integer(UInt8.self, try value(key), path: codingPath + [key]) }
    func decode(_: UInt16.Type, forKey key: Key) throws -> UInt16 { try json.integer(UInt16.self, try value(key), path: codingPath + [key]) }
    func decode(_: UInt32.Type, forKey key: Key) throws -> UInt32 { try json.integer(UInt32.self, try value(key), path: codingPath + [key]) }
    func decode(_: UInt64.Type, forKey key: Key) throws -> UInt64 { try json.integer(UInt64.self, try value(key), path: codingPath + [key]) }
    func decode<T: Decodable>(_: T.Type, forKey key: Key) throws -> T { try json.decodable(T.self, try value(key), path: codingPath + [key]) }

    // One look-up instead of the default's three (contains, decodeNil, decode) for the
    // optional fields most bodies have.
    func decodeIfPresent(_: String.Type, forKey key: Key) throws -> String? {
        guard let value = lookUp(key), json.kind(value) != .null else { return nil }
        return try json.string(value, path: codingPath + [key])
    }

    func decodeIfPresent(_: Int.Type, forKey key: Key) throws -> Int? {
        guard let value = lookUp(key), json.kind(value) != .null else { return nil }
        return try json.integer(Int.self, value, path: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_: T.Type, forKey key: Key) throws -> T? {
        guard let value = lookUp(key), json.kind(value) != .null else { return nil }
        return try json.decodable(T.self, value, path: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try BodyKeyedContainer<NestedKey>(json, at: try value(key), path: codingPath + [key]))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try BodyUnkeyedContainer(json, at: try value(key), path: codingPath + [key])
    }

    func superDecoder() throws -> any Decoder { superDecoder(named: BodyIndexKey.superKey) }
    func superDecoder(forKey key: Key) throws -> any Decoder { superDecoder(named: key) }

    /// A decoder for the value under `key`, or for null when there is none, as `JSONDecoder` gives.
    private func superDecoder(named key: any CodingKey) -> any Decoder {
        if let value = members.first(where: { json.key($0, is: key.stringValue) })?.value {
            return BodyDecoder(json, at: value, path: codingPath + [key])
        }
        return BodyDecoder(BodyJSON(bytes: Array("null".utf8)), at: 0, path: codingPath + [key])
    }
}

/// An array's elements, found once when the container is opened and read in order.
struct BodyUnkeyedContainer: UnkeyedDecodingContainer {
    let json: BodyJSON
    let elements: [Int]
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(_ json: BodyJSON, at start: Int, path: [any CodingKey]) throws {
        guard json.kind(start) == .array else { throw json.mismatch([Any].self, start, path: path) }
        self.json = json
        self.elements = json.elements(start)
        self.codingPath = path
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private var path: [any CodingKey] { codingPath + [BodyIndexKey(currentIndex)] }

    /// Where the next element starts; the caller moves past it only once it was read.
    private func nextStart<T>(_: T.Type) throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: path, debugDescription: "Unkeyed container is at end."))
        }
        return elements[currentIndex]
    }

    private mutating func read<T>(_ type: T.Type, _ value: (Int) throws -> T) throws -> T {
        let read = try value(try nextStart(type))
        currentIndex += 1
        return read
    }

    mutating func decodeNil() throws -> Bool {
        let isNull = json.kind(try nextStart(Never?.self)) == .null
        if isNull { currentIndex += 1 }
        return isNull
    }

    mutating func decode(_: Bool.Type) throws -> Bool { let (json, codingPath, index) = (json, codingPath, currentIndex); return try read(Bool.self) { try json.bool($0, path: codingPath + [BodyIndexKey(index)]) } }
    mutating func decode(_: String.Type) throws -> String { let (json, codingPath, index) = (json, codingPath, currentIndex); return try read(String.self) { try json.string($0, path: codingPath + [BodyIndexKey(index)]) } }
    mutating func decode(_: Double.Type) throws -> Double { let (json, codingPath, index) = (json, codingPath, currentIndex); return try read(Double.self) { try json.double($0, path: codingPath + [BodyIndexKey(index)]) } }
    mutating func decode(_: Float.Type) throws -> Float { let (json, codingPath, index) = (json, codingPath, currentIndex); return try read(Float.self) { try json.float($0, path: codingPath + [BodyIndexKey(index)]) } }
    mutating func decode(_: Int.Type) throws -> Int { try integer(Int.self) }
    mutating func decode(_: Int8.Type) throws -> Int8 { try integer(Int8.self) }
    mutating func decode(_: Int16.Type) throws -> Int16 { try integer(Int16.self) }
    mutating func decode(_: Int32.Type) throws -> Int32 { try integer(Int32.self) }
    mutating func decode(_: Int64.Type) throws -> Int64 { try integer(Int64.self) }
    mutating func decode(_: UInt.Type) throws -> UInt { try integer(UInt.self) }
    mutating func decode(_: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
    mutating func decode(_: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
    mutating func decode(_: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
    mutating func decode(_: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }

    private mutating func integer<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let (json, codingPath, index) = (json, codingPath, currentIndex)
        return try read(T.self) { try json.integer(T.self, $0, path: codingPath + [BodyIndexKey(index)]) }
    }

    mutating func decode<T: Decodable>(_: T.Type) throws -> T {
        let (json, codingPath, index) = (json, codingPath, currentIndex)
        return try read(T.self) { try json.decodable(T.self, $0, path: codingPath + [BodyIndexKey(index)]) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy _: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (json, codingPath, index) = (json, codingPath, currentIndex)
        return try read(KeyedDecodingContainer<NestedKey>.self) { KeyedDecodingContainer(try BodyKeyedContainer<NestedKey>(json, at: $0, path: codingPath + [BodyIndexKey(index)])) }
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (json, codingPath, index) = (json, codingPath, currentIndex)
        return try read((any UnkeyedDecodingContainer).self) { try BodyUnkeyedContainer(json, at: $0, path: codingPath + [BodyIndexKey(index)]) }
    }

    mutating func superDecoder() throws -> any Decoder {
        let (json, codingPath, index) = (json, codingPath, currentIndex)
        return try read((any Decoder).self) { BodyDecoder(json, at: $0, path: codingPath + [BodyIndexKey(index)]) }
    }
}

/// The coding key of an array element (`Index 3`) or of a super decoder (`super`).
/// The name is made only when asked for, by an error message: not once per element read.
struct BodyIndexKey: CodingKey {
    private let name: String?
    let intValue: Int?

    var stringValue: String { name ?? "Index \(intValue ?? 0)" }

    init(_ index: Int) {
        name = nil
        intValue = index
    }

    init(stringValue: String) {
        name = stringValue
        intValue = nil
    }

    init(intValue: Int) { self.init(intValue) }

    static let superKey = BodyIndexKey(stringValue: "super")
}

/// Reading one value of a given type from checked text, with `JSONDecoder`'s errors.
extension BodyJSON {
    func bool(_ start: Int, path: @autoclosure () -> [any CodingKey]) throws -> Bool {
        guard kind(start) == .bool else { throw mismatch(Bool.self, start, path: path()) }
        return isTrue(start)
    }

    func string(_ start: Int, path: @autoclosure () -> [any CodingKey]) throws -> String {
        guard kind(start) == .string else { throw mismatch(String.self, start, path: path()) }
        return string(start)
    }

    func double(_ start: Int, path: @autoclosure () -> [any CodingKey]) throws -> Double {
        guard kind(start) == .number else { throw mismatch(Double.self, start, path: path()) }
        // Integers below 2^53 are exact as doubles; anything else goes to the standard
        // library's correctly rounded parser, as JSONDecoder's does.
        if let (negative, magnitude) = plainInteger(start), magnitude <= 1 << 53 {
            return negative ? -Double(magnitude) : Double(magnitude)
        }
        let text = numberText(start)
        guard let value = Double(text), value.isFinite else { throw unrepresentable(text, Double.self, path: path()) }
        return value
    }

    func float(_ start: Int, path: @autoclosure () -> [any CodingKey]) throws -> Float {
        guard kind(start) == .number else { throw mismatch(Float.self, start, path: path()) }
        let text = numberText(start)
        guard let value = Float(text), value.isFinite else { throw unrepresentable(text, Float.self, path: path()) }
        return value
    }

    func integer<T: FixedWidthInteger>(_: T.Type, _ start: Int, path: @autoclosure () -> [any CodingKey]) throws -> T {
        guard kind(start) == .number else { throw mismatch(T.self, start, path: path()) }
        if let (negative, magnitude) = plainInteger(start) {
            if !negative, let value = T(exactly: magnitude) { return value }
            // -magnitude, written so that Int64.min's magnitude does not overflow.
            if negative, magnitude > 0, let below = Int64(exactly: magnitude - 1), let value = T(exactly: -below - 1) { return value }
            if negative, magnitude == 0 { return 0 }
        } else if let value = Double(numberText(start)).flatMap({ T(exactly: $0) }) {
            // A fraction or exponent that still names a whole number in range: 1.0, 2e3.
            return value
        }
        throw unrepresentable(numberText(start), T.self, path: path())
    }

    func decodable<T: Decodable>(_: T.Type, _ start: Int, path: @autoclosure () -> [any CodingKey]) throws -> T {
        // The element types of most arrays, read without a decoder object per element.
        if T.self == String.self { return try string(start, path: path()) as! T }
        if T.self == Int.self { return try integer(Int.self, start, path: path()) as! T }
        return try T(from: BodyDecoder(self, at: start, path: path()))
    }

    func mismatch(_ type: Any.Type, _ start: Int, path: [any CodingKey]) -> DecodingError {
        let found = kind(start)
        if found == .null {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Expected \(type) value but found null instead."))
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(found) instead."))
    }

    private func unrepresentable(_ text: String, _ type: Any.Type, path: [any CodingKey]) -> DecodingError {
        .dataCorrupted(.init(codingPath: path, debugDescription: "Number \(text) does not fit in \(type)."))
    }
}
