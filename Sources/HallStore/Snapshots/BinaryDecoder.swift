import Foundation
import HallDomain

/// Reads what `BinaryEncoder` wrote: the byte `BinaryTag.form`, a varint count of strings,
/// each string (varint length, UTF-8), then one value. Every value starts with its tag:
/// - 0, nil, nothing follows;
/// - 1, keyed: varint length, then a varint count and each entry's key (the varint number
///   of its string) and value, in the order they were encoded;
/// - 2, unkeyed: varint length, then a varint count and the values;
/// - 3, a primitive: varint length, then a bool's byte, an integer's varint (zig-zagged
///   when signed), a double's 8 little-endian bytes, `Data`'s bytes;
/// - 4, a string: the varint number of its string in the table;
/// - 5, a `BinaryRecord`: varint length, then its fields as values, in its own order.
///
/// A keyed container is read in encoding order, so the synthesized `init(from:)` finds each
/// key where the cursor stands (an absent optional is written as an explicit nil for that
/// reason); a key asked for out of order (or absent) is looked up from the container's
/// first entry. Coding paths name containers, not each value, to spare an array per value.
/// Nothing is parsed before it is asked for, each distinct string is made once, and the
/// heaviest types are records read field by field (`BinaryRecord`): that is why a snapshot
/// loads many times faster than the JSON document it replaces. Any length or number that
/// points outside the bytes or the table is a decoding error.
public struct BinaryDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        guard bytes.count < Int(UInt32.max) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "snapshot: over 4 GiB"))
        }
        return try bytes.withUnsafeBytes { buffer in
            guard buffer.first == BinaryTag.form else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "snapshot: not this binary form"))
            }
            var position = 1
            let reader = try BinaryReader(buffer, tableAt: &position)
            let value = try reader.value(at: position, codingPath: [])
            guard value.end == buffer.count else { throw reader.corrupt([], "trailing bytes") }
            return try reader.decode(type, value, codingPath: [])
        }
    }
}

/// One value's place: its tag and where its payload starts and ends. Small, so that a
/// decoder or single-value container holding it and the reader fits an existential's
/// inline buffer and costs no allocation.
struct BinaryValue {
    private let from: UInt32
    private let to: UInt32
    let tag: UInt8
    var start: Int { Int(from) }
    var end: Int { Int(to) }

    init(tag: UInt8, start: Int, end: Int) {
        self.tag = tag
        from = UInt32(truncatingIfNeeded: start)
        to = UInt32(truncatingIfNeeded: end)
    }
}

/// The bytes being read and their strings; only valid inside `BinaryDecoder.decode`.
final class BinaryReader {
    let bytes: UnsafeRawBufferPointer
    /// The string table, each made once.
    private(set) var strings: [String] = []
    /// History entries' body types by the number of their type's string and their version
    /// (`WorkOrderHistoryEntry`'s record): found once per snapshot, not once per entry.
    var bodyTypes: [Int: any WorkOrderEventBody.Type] = [:]

    /// Reads the string table at `position`, leaving `position` after it.
    init(_ bytes: UnsafeRawBufferPointer, tableAt position: inout Int) throws {
        self.bytes = bytes
        let count = try varint(&position, limit: bytes.count, [])
        guard count <= UInt64(bytes.count) else { throw corrupt([], "string table longer than the bytes") }
        var strings: [String] = []
        strings.reserveCapacity(Int(count))
        for _ in 0..<count {
            let length = try varint(&position, limit: bytes.count, [])
            guard length <= UInt64(bytes.count - position) else { throw corrupt([], "string past the table") }
            let end = position + Int(length)
            strings.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self))
            position = end
        }
        self.strings = strings
    }

    func corrupt(_ codingPath: [any CodingKey], _ what: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "snapshot: \(what)"))
    }

    @inline(__always)
    func varint(_ position: inout Int, limit: Int, _ codingPath: [any CodingKey]) throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < limit, shift < 64 {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
        throw corrupt(codingPath, "varint runs past its value")
    }

    /// The value starting at `position`.
    @inline(__always)
    func value(at position: Int, limit: Int? = nil, codingPath: [any CodingKey]) throws -> BinaryValue {
        let limit = limit ?? bytes.count
        guard position < limit else { throw corrupt(codingPath, "value past its container") }
        let tag = bytes[position]
        var cursor = position + 1
        switch tag {
        case BinaryTag.null:
            return BinaryValue(tag: tag, start: cursor, end: cursor)
        case BinaryTag.string:
            _ = try varint(&cursor, limit: limit, codingPath)
            return BinaryValue(tag: tag, start: position + 1, end: cursor)
        case BinaryTag.keyed, BinaryTag.unkeyed, BinaryTag.bytes, BinaryTag.record:
            let length = try varint(&cursor, limit: limit, codingPath)
            guard length <= UInt64(limit - cursor) else { throw corrupt(codingPath, "length past its container") }
            return BinaryValue(tag: tag, start: cursor, end: cursor + Int(length))
        default:
            throw corrupt(codingPath, "unknown tag \(tag)")
        }
    }

    func primitive(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> BinaryValue {
        guard value.tag == BinaryTag.bytes else {
            throw DecodingError.typeMismatch(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "snapshot: not a primitive"))
        }
        return value
    }

    /// The number of the string `value` stands for, checked against the table.
    @inline(__always)
    func stringNumber(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> Int {
        guard value.tag == BinaryTag.string else {
            throw DecodingError.typeMismatch(String.self, DecodingError.Context(codingPath: codingPath, debugDescription: "snapshot: not a string"))
        }
        var cursor = value.start
        let number = try varint(&cursor, limit: value.end, codingPath)
        guard number < UInt64(strings.count) else { throw corrupt(codingPath, "string \(number) not in the table") }
        return Int(number)
    }

    func string(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> String {
        strings[try stringNumber(value, codingPath)]
    }

    func signed(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> Int64 {
        let value = try primitive(value, codingPath)
        var cursor = value.start
        return BinaryVarint.unzigzag(try varint(&cursor, limit: value.end, codingPath))
    }

    func unsigned(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> UInt64 {
        let value = try primitive(value, codingPath)
        var cursor = value.start
        return try varint(&cursor, limit: value.end, codingPath)
    }

    func integer<T: FixedWidthInteger>(_ type: T.Type, _ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> T {
        let result: T?
        if T.isSigned {
            result = T(exactly: try signed(value, codingPath))
        } else {
            result = T(exactly: try unsigned(value, codingPath))
        }
        guard let result else { throw corrupt(codingPath, "\(T.self) out of range") }
        return result
    }

    func double(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> Double {
        let value = try primitive(value, codingPath)
        guard value.end - value.start == 8 else { throw corrupt(codingPath, "double is not 8 bytes") }
        return Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: value.start, as: UInt64.self)))
    }

    func float(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> Float {
        let value = try primitive(value, codingPath)
        guard value.end - value.start == 4 else { throw corrupt(codingPath, "float is not 4 bytes") }
        return Float(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: value.start, as: UInt32.self)))
    }

    func bool(_ value: BinaryValue, _ codingPath: [any CodingKey]) throws -> Bool {
        let value = try primitive(value, codingPath)
        guard value.end - value.start == 1, bytes[value.start] <= 1 else { throw corrupt(codingPath, "not a bool") }
        return bytes[value.start] == 1
    }

    func decode<T: Decodable>(_ type: T.Type, _ value: BinaryValue, codingPath: [any CodingKey]) throws -> T {
        if value.tag == BinaryTag.record {
            guard let record = T.self as? any BinaryRecord.Type else { throw corrupt(codingPath, "\(T.self) is not a record") }
            return try BinaryFieldReader.read(record, reader: self, value: value, codingPath: codingPath) as! T
        }
        if value.tag == BinaryTag.unkeyed, let list = T.self as? any BinaryRecordList.Type {
            return try list.init(records: value, reader: self, codingPath: codingPath) as! T
        }
        if T.self == String.self { return try string(value, codingPath) as! T }
        if T.self == Int.self { return try integer(Int.self, value, codingPath) as! T }
        if T.self == Double.self { return try double(value, codingPath) as! T }
        if T.self == Bool.self { return try bool(value, codingPath) as! T }
        if T.self == Date.self { return Date(timeIntervalSinceReferenceDate: try double(value, codingPath)) as! T }
        if T.self == Data.self {
            let value = try primitive(value, codingPath)
            return Data(bytes[value.start..<value.end]) as! T
        }
        return try T(from: BinaryValueDecoder(reader: self, value: value, codingPath: codingPath))
    }
}

/// The `Decoder` for one value.
struct BinaryValueDecoder: Decoder {
    let reader: BinaryReader
    let value: BinaryValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(reader: BinaryReader, value: BinaryValue, codingPath: [any CodingKey]) {
        self.reader = reader
        self.value = value
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard value.tag == BinaryTag.keyed else {
            throw DecodingError.typeMismatch([String: Any].self, DecodingError.Context(codingPath: codingPath, debugDescription: "snapshot: not a keyed value"))
        }
        return KeyedDecodingContainer(try BinaryKeyedDecoder<Key>(reader: reader, value: value, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard value.tag == BinaryTag.unkeyed else {
            throw DecodingError.typeMismatch([Any].self, DecodingError.Context(codingPath: codingPath, debugDescription: "snapshot: not a list"))
        }
        return try BinaryUnkeyedDecoder(reader: reader, value: value, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        BinarySingleDecoder(reader: reader, value: value, codingPath: codingPath)
    }
}

/// A class: the protocol's methods are not `mutating`, and the cursor moves.
final class BinaryKeyedDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: BinaryReader
    let value: BinaryValue
    let codingPath: [any CodingKey]
    /// Where the first entry starts, and how many there are.
    let first: Int
    let count: Int
    /// Where the entry after the last one found starts: the next key asked for is usually there.
    private var cursor: Int

    init(reader: BinaryReader, value: BinaryValue, codingPath: [any CodingKey]) throws {
        self.reader = reader
        self.value = value
        self.codingPath = codingPath
        var position = value.start
        count = Int(clamping: try reader.varint(&position, limit: value.end, codingPath))
        first = position
        cursor = position
    }

    /// The entry at `position`: the number of its key's string and its value.
    @inline(__always)
    private func entry(at position: Int) throws -> (key: Int, value: BinaryValue) {
        var position = position
        let key = try reader.varint(&position, limit: value.end, codingPath)
        guard key < UInt64(reader.strings.count) else { throw reader.corrupt(codingPath, "key not in the table") }
        return (Int(key), try reader.value(at: position, limit: value.end, codingPath: codingPath))
    }

    @inline(__always)
    private func matches(_ key: Key, _ number: Int) -> Bool {
        key.stringValue == reader.strings[number]
    }

    /// The value under `key`, or nil when there is none, moving the cursor past it.
    private func find(_ key: Key) throws -> BinaryValue? {
        if cursor < value.end {
            let found = try entry(at: cursor)
            if matches(key, found.key) {
                cursor = found.value.end
                return found.value
            }
        }
        var position = first
        for _ in 0..<count {
            let found = try entry(at: position)
            if matches(key, found.key) {
                cursor = found.value.end
                return found.value
            }
            position = found.value.end
        }
        return nil
    }

    private func required(_ key: Key) throws -> BinaryValue {
        guard let found = try find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "snapshot: no \(key.stringValue)"))
        }
        return found
    }

    var allKeys: [Key] {
        var keys: [Key] = []
        var position = first
        for _ in 0..<count {
            guard let found = try? entry(at: position) else { break }
            if let key = Key(stringValue: reader.strings[found.key]) { keys.append(key) }
            position = found.value.end
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        let saved = cursor
        defer { cursor = saved }
        return (try? find(key)) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        let saved = cursor
        guard let found = try find(key) else { return true }
        if found.tag == BinaryTag.null { return true }
        cursor = saved
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool(try required(key), codingPath) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string(try required(key), codingPath) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double(try required(key), codingPath) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try reader.float(try required(key), codingPath) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.integer(type, try required(key), codingPath) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.integer(type, try required(key), codingPath) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try reader.decode(type, try required(key), codingPath: codingPath)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let found = try find(key), found.tag != BinaryTag.null else { return nil }
        return try reader.decode(type, found, codingPath: codingPath)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try BinaryValueDecoder(reader: reader, value: try required(key), codingPath: codingPath).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try BinaryValueDecoder(reader: reader, value: try required(key), codingPath: codingPath).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        try superDecoder(forKey: Key(stringValue: "super")!)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        BinaryValueDecoder(reader: reader, value: try required(key), codingPath: codingPath)
    }
}

struct BinaryUnkeyedDecoder: UnkeyedDecodingContainer {
    let reader: BinaryReader
    let value: BinaryValue
    let codingPath: [any CodingKey]
    let count: Int?
    private(set) var currentIndex = 0
    private var position: Int
    var isAtEnd: Bool { currentIndex >= count ?? 0 }

    init(reader: BinaryReader, value: BinaryValue, codingPath: [any CodingKey]) throws {
        self.reader = reader
        self.value = value
        self.codingPath = codingPath
        var position = value.start
        count = Int(clamping: try reader.varint(&position, limit: value.end, codingPath))
        self.position = position
    }

    private mutating func next() throws -> BinaryValue {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "snapshot: list ended"))
        }
        let found = try reader.value(at: position, limit: value.end, codingPath: codingPath)
        position = found.end
        currentIndex += 1
        return found
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { return false }
        let found = try reader.value(at: position, limit: value.end, codingPath: codingPath)
        guard found.tag == BinaryTag.null else { return false }
        position = found.end
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(try next(), codingPath) }
    mutating func decode(_ type: String.Type) throws -> String { try reader.string(try next(), codingPath) }
    mutating func decode(_ type: Double.Type) throws -> Double { try reader.double(try next(), codingPath) }
    mutating func decode(_ type: Float.Type) throws -> Float { try reader.float(try next(), codingPath) }
    mutating func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, try next(), codingPath) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, try next(), codingPath) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try reader.decode(type, try next(), codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try BinaryValueDecoder(reader: reader, value: try next(), codingPath: codingPath).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try BinaryValueDecoder(reader: reader, value: try next(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        BinaryValueDecoder(reader: reader, value: try next(), codingPath: codingPath)
    }
}

struct BinarySingleDecoder: SingleValueDecodingContainer {
    let reader: BinaryReader
    let value: BinaryValue
    var codingPath: [any CodingKey] { [] }

    init(reader: BinaryReader, value: BinaryValue, codingPath: [any CodingKey]) {
        self.reader = reader
        self.value = value
    }

    func decodeNil() -> Bool { value.tag == BinaryTag.null }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool(value, codingPath) }
    func decode(_ type: String.Type) throws -> String { try reader.string(value, codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try reader.double(value, codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try reader.float(value, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(type, value, codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(type, value, codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(type, value, codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(type, value, codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(type, value, codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.integer(type, value, codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.integer(type, value, codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.integer(type, value, codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.integer(type, value, codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.integer(type, value, codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try reader.decode(type, value, codingPath: codingPath)
    }
}
