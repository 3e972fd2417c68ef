import Foundation

/// Encodes any `Encodable` into the compact binary form snapshots are stored in (see
/// `BinaryDecoder` for the layout). A snapshot is large and read at every start, so it is
/// not JSON: no text to parse, no numbers to print and read back, and every container
/// carries its length so a reader can step over what it does not ask for. Each distinct
/// string (values and keys alike) is stored once, in a table at the front: the same staff
/// ids, departments, categories and stations recur in every order and history entry, and a
/// reader then makes each of them once.
///
/// Writing builds a small tree first (a container may be filled after a later one is asked
/// for), then lays it out in one pass; writing happens off the key path, reading is what
/// must be fast.
public struct BinaryEncoder {
    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let node = try BinaryEncoding.node(of: value, codingPath: [])
        var strings = BinaryStringTable()
        var body: [UInt8] = []
        body.reserveCapacity(1 << 16)
        node.write(into: &body, strings: &strings)
        var out: [UInt8] = [BinaryTag.form]
        out.reserveCapacity(body.count + strings.byteCount + 16)
        BinaryVarint.write(UInt64(strings.table.count), into: &out)
        for string in strings.table {
            BinaryVarint.write(UInt64(string.utf8.count), into: &out)
            out.append(contentsOf: string.utf8)
        }
        out.append(contentsOf: body)
        return out
    }
}

/// The distinct strings of one encoding, numbered in the order they were first written.
struct BinaryStringTable {
    private(set) var table: [String] = []
    private var numbers: [String: Int] = [:]
    private(set) var byteCount = 0

    mutating func number(of string: String) -> Int {
        if let known = numbers[string] { return known }
        numbers[string] = table.count
        table.append(string)
        byteCount += string.utf8.count + 2
        return table.count - 1
    }
}

/// A value on its way out: its tag and, once laid out, its payload (see `BinaryDecoder`).
final class BinaryNode {
    enum Content {
        case null
        case bytes([UInt8])
        case string(String)
        case keyed([(key: String, value: BinaryNode)])
        case unkeyed([BinaryNode])
        /// A `BinaryRecord`'s fields, in its own order, without keys.
        case record([BinaryNode])
    }

    var content: Content

    init(_ content: Content) {
        self.content = content
    }

    func write(into out: inout [UInt8], strings: inout BinaryStringTable) {
        switch content {
        case .null:
            out.append(BinaryTag.null)
        case .bytes(let bytes):
            out.append(BinaryTag.bytes)
            BinaryVarint.write(UInt64(bytes.count), into: &out)
            out.append(contentsOf: bytes)
        case .string(let string):
            out.append(BinaryTag.string)
            BinaryVarint.write(UInt64(strings.number(of: string)), into: &out)
        case .keyed(let entries):
            var payload: [UInt8] = []
            BinaryVarint.write(UInt64(entries.count), into: &payload)
            for entry in entries {
                BinaryVarint.write(UInt64(strings.number(of: entry.key)), into: &payload)
                entry.value.write(into: &payload, strings: &strings)
            }
            Self.wrap(payload, BinaryTag.keyed, into: &out)
        case .unkeyed(let elements):
            var payload: [UInt8] = []
            BinaryVarint.write(UInt64(elements.count), into: &payload)
            for element in elements { element.write(into: &payload, strings: &strings) }
            Self.wrap(payload, BinaryTag.unkeyed, into: &out)
        case .record(let fields):
            var payload: [UInt8] = []
            for field in fields { field.write(into: &payload, strings: &strings) }
            Self.wrap(payload, BinaryTag.record, into: &out)
        }
    }

    private static func wrap(_ payload: [UInt8], _ tag: UInt8, into out: inout [UInt8]) {
        out.append(tag)
        BinaryVarint.write(UInt64(payload.count), into: &out)
        out.append(contentsOf: payload)
    }
}

/// The first byte of every value, and of the whole form.
enum BinaryTag {
    static let null: UInt8 = 0
    static let keyed: UInt8 = 1
    static let unkeyed: UInt8 = 2
    static let bytes: UInt8 = 3
    static let string: UInt8 = 4
    static let record: UInt8 = 5
    /// The form's first byte, before the string table: the form before it (snapshot
    /// formats 4 and 5, older report checkpoints) started with a value's tag, so its bytes
    /// are refused rather than misread.
    static let form: UInt8 = 0xB2
}

/// Unsigned LEB128; signed integers are zig-zagged first so small negatives stay short.
enum BinaryVarint {
    static func write(_ value: UInt64, into out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }

    static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    static func unzigzag(_ value: UInt64) -> Int64 {
        Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }
}

/// The primitive payloads, shared by the three container kinds.
enum BinaryEncoding {
    static func node<T: Encodable>(of value: T, codingPath: [any CodingKey]) throws -> BinaryNode {
        if let data = value as? Data { return BinaryNode(.bytes(Array(data))) }
        if let record = value as? any BinaryRecord {
            var fields = BinaryFieldWriter(codingPath: codingPath)
            try record.writeFields(&fields)
            return BinaryNode(.record(fields.nodes))
        }
        let encoder = BinaryValueEncoder(codingPath: codingPath)
        try value.encode(to: encoder)
        return encoder.root ?? BinaryNode(.keyed([]))
    }

    static func signed(_ value: Int64) -> BinaryNode {
        var out: [UInt8] = []
        BinaryVarint.write(BinaryVarint.zigzag(value), into: &out)
        return BinaryNode(.bytes(out))
    }

    static func unsigned(_ value: UInt64) -> BinaryNode {
        var out: [UInt8] = []
        BinaryVarint.write(value, into: &out)
        return BinaryNode(.bytes(out))
    }

    static func double(_ value: Double) -> BinaryNode {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { BinaryNode(.bytes(Array($0))) }
    }

    static func float(_ value: Float) -> BinaryNode {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { BinaryNode(.bytes(Array($0))) }
    }

    static func string(_ value: String) -> BinaryNode {
        BinaryNode(.string(value))
    }

    static func bool(_ value: Bool) -> BinaryNode {
        BinaryNode(.bytes([value ? 1 : 0]))
    }
}

/// The `Encoder` for one value: it becomes a keyed, unkeyed or single node.
final class BinaryValueEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var root: BinaryNode?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let node = root ?? BinaryNode(.keyed([]))
        root = node
        return KeyedEncodingContainer(BinaryKeyedEncoder<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let node = root ?? BinaryNode(.unkeyed([]))
        root = node
        return BinaryUnkeyedEncoder(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        BinarySingleEncoder(encoder: self)
    }
}

struct BinaryKeyedEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: BinaryNode
    let codingPath: [any CodingKey]

    private func add(_ value: BinaryNode, _ key: Key) {
        guard case .keyed(var entries) = node.content else { return }
        node.content = .null
        entries.append((key.stringValue, value))
        node.content = .keyed(entries)
    }

    mutating func encodeNil(forKey key: Key) throws { add(BinaryNode(.null), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(BinaryEncoding.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(BinaryEncoding.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(BinaryEncoding.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { add(BinaryEncoding.float(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(BinaryEncoding.signed(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(BinaryEncoding.signed(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(BinaryEncoding.signed(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(BinaryEncoding.signed(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(BinaryEncoding.signed(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(BinaryEncoding.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(BinaryEncoding.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(BinaryEncoding.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(BinaryEncoding.unsigned(UInt64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(BinaryEncoding.unsigned(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        add(try BinaryEncoding.node(of: value, codingPath: codingPath + [key]), key)
    }

    // An absent optional is written as nil, not left out, so that the decoder finds every
    // key the synthesized `init(from:)` asks for where its cursor stands.
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try put(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try put(value, key) }

    private mutating func put<T: Encodable>(_ value: T?, _ key: Key) throws {
        guard let value else { return add(BinaryNode(.null), key) }
        try encode(value, forKey: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = BinaryNode(.keyed([]))
        add(child, key)
        return KeyedEncodingContainer(BinaryKeyedEncoder<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = BinaryNode(.unkeyed([]))
        add(child, key)
        return BinaryUnkeyedEncoder(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(forKey: Key(stringValue: "super")!)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = BinaryValueEncoder(codingPath: codingPath + [key])
        let child = BinaryNode(.keyed([]))
        encoder.root = child
        add(child, key)
        return encoder
    }
}

struct BinaryUnkeyedEncoder: UnkeyedEncodingContainer {
    let node: BinaryNode
    let codingPath: [any CodingKey]
    var count: Int {
        guard case .unkeyed(let elements) = node.content else { return 0 }
        return elements.count
    }

    private func add(_ value: BinaryNode) {
        guard case .unkeyed(var elements) = node.content else { return }
        node.content = .null
        elements.append(value)
        node.content = .unkeyed(elements)
    }

    mutating func encodeNil() throws { add(BinaryNode(.null)) }
    mutating func encode(_ value: Bool) throws { add(BinaryEncoding.bool(value)) }
    mutating func encode(_ value: String) throws { add(BinaryEncoding.string(value)) }
    mutating func encode(_ value: Double) throws { add(BinaryEncoding.double(value)) }
    mutating func encode(_ value: Float) throws { add(BinaryEncoding.float(value)) }
    mutating func encode(_ value: Int) throws { add(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int8) throws { add(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int16) throws { add(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int32) throws { add(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int64) throws { add(BinaryEncoding.signed(value)) }
    mutating func encode(_ value: UInt) throws { add(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { add(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { add(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { add(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { add(BinaryEncoding.unsigned(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        add(try BinaryEncoding.node(of: value, codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = BinaryNode(.keyed([]))
        add(child)
        return KeyedEncodingContainer(BinaryKeyedEncoder<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = BinaryNode(.unkeyed([]))
        add(child)
        return BinaryUnkeyedEncoder(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = BinaryValueEncoder(codingPath: codingPath)
        let child = BinaryNode(.keyed([]))
        encoder.root = child
        add(child)
        return encoder
    }
}

struct BinarySingleEncoder: SingleValueEncodingContainer {
    let encoder: BinaryValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ node: BinaryNode) { encoder.root = node }

    mutating func encodeNil() throws { set(BinaryNode(.null)) }
    mutating func encode(_ value: Bool) throws { set(BinaryEncoding.bool(value)) }
    mutating func encode(_ value: String) throws { set(BinaryEncoding.string(value)) }
    mutating func encode(_ value: Double) throws { set(BinaryEncoding.double(value)) }
    mutating func encode(_ value: Float) throws { set(BinaryEncoding.float(value)) }
    mutating func encode(_ value: Int) throws { set(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int8) throws { set(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int16) throws { set(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int32) throws { set(BinaryEncoding.signed(Int64(value))) }
    mutating func encode(_ value: Int64) throws { set(BinaryEncoding.signed(value)) }
    mutating func encode(_ value: UInt) throws { set(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { set(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { set(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { set(BinaryEncoding.unsigned(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { set(BinaryEncoding.unsigned(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        set(try BinaryEncoding.node(of: value, codingPath: codingPath))
    }
}
