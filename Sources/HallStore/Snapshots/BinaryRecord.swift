import Foundation

/// A type the binary form lays out as a record: its fields in a fixed order, with no keys
/// and no container to look them up in. Kept for the few types a snapshot holds by the
/// hundred thousand (work orders, their customers and history entries), where finding each
/// field by its key was most of loading a snapshot; every other type goes through Codable.
///
/// The order is the format: a record that gains, loses or reorders a field needs a new
/// `snapshotFormat`, and `fieldCount` must name the type's stored properties so that the
/// round-trip tests notice a property the record leaves out.
protocol BinaryRecord {
    /// How many stored properties the type has, all of them written.
    static var fieldCount: Int { get }
    func writeFields(_ fields: inout BinaryFieldWriter) throws
    init(fields: inout BinaryFieldReader) throws
}

/// A list of records read straight into an array of the right size: `Array`'s own
/// `init(from:)` cannot know how many elements are coming and grows (copying every work
/// order each time) as it goes. Written as any list is.
protocol BinaryRecordList {
    init(records value: BinaryValue, reader: BinaryReader, codingPath: [any CodingKey]) throws
}

extension Array: BinaryRecordList where Element: BinaryRecord {
    init(records value: BinaryValue, reader: BinaryReader, codingPath: [any CodingKey]) throws {
        var position = value.start
        let count = try reader.varint(&position, limit: value.end, codingPath)
        guard count <= UInt64(value.end - position) else { throw reader.corrupt(codingPath, "count past its list") }
        self.init()
        reserveCapacity(Int(count))
        for _ in 0..<count {
            let element = try reader.value(at: position, limit: value.end, codingPath: codingPath)
            append(try BinaryFieldReader.read(Element.self, reader: reader, value: element, codingPath: codingPath))
            position = element.end
        }
        guard position == value.end else { throw reader.corrupt(codingPath, "list longer than its count") }
    }
}

/// Collects a record's fields as it writes them.
struct BinaryFieldWriter {
    let codingPath: [any CodingKey]
    private(set) var nodes: [BinaryNode] = []

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    mutating func string(_ value: String) { nodes.append(BinaryEncoding.string(value)) }
    mutating func string(_ value: String?) { nodes.append(value.map(BinaryEncoding.string) ?? BinaryNode(.null)) }
    mutating func int(_ value: Int) { nodes.append(BinaryEncoding.signed(Int64(value))) }
    mutating func bool(_ value: Bool) { nodes.append(BinaryEncoding.bool(value)) }
    mutating func date(_ value: Date) { nodes.append(BinaryEncoding.double(value.timeIntervalSinceReferenceDate)) }
    mutating func date(_ value: Date?) { nodes.append(value.map { BinaryEncoding.double($0.timeIntervalSinceReferenceDate) } ?? BinaryNode(.null)) }
    mutating func raw<R: RawRepresentable>(_ value: R) where R.RawValue == String { string(value.rawValue) }
    mutating func raw<R: RawRepresentable>(_ value: R?) where R.RawValue == String { string(value?.rawValue) }

    /// Any other value, through its Codable (or its own record).
    mutating func value<T: Encodable>(_ value: T) throws {
        nodes.append(try BinaryEncoding.node(of: value, codingPath: codingPath))
    }

    mutating func value<T: Encodable>(_ value: T?) throws {
        guard let value else { return nodes.append(BinaryNode(.null)) }
        try self.value(value)
    }

    /// A list of strings, without a container per element's decoder.
    mutating func strings(_ values: [String]) {
        nodes.append(BinaryEncoding.signed(Int64(values.count)))
        for value in values { string(value) }
    }

    /// Instants by a string-backed key (an order's deadlines), in key order so that equal
    /// states give equal bytes.
    mutating func dates<K: RawRepresentable>(_ values: [K: Date]) where K.RawValue == String {
        nodes.append(BinaryEncoding.signed(Int64(values.count)))
        for (key, date) in values.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            raw(key)
            self.date(date)
        }
    }

    /// A list of records, counted, each a record of its own.
    mutating func records<R: BinaryRecord & Encodable>(_ values: [R]) throws {
        nodes.append(BinaryEncoding.signed(Int64(values.count)))
        for value in values { try self.value(value) }
    }
}

/// Reads a record's fields in the order they were written. A struct on the stack: no
/// container to allocate, no key to look for.
struct BinaryFieldReader {
    let reader: BinaryReader
    let codingPath: [any CodingKey]
    private var position: Int
    private let end: Int

    init(reader: BinaryReader, value: BinaryValue, codingPath: [any CodingKey]) {
        self.reader = reader
        self.codingPath = codingPath
        position = value.start
        end = value.end
    }

    /// Throws unless every field was read.
    func finish() throws {
        guard position == end else { throw reader.corrupt(codingPath, "record longer than its type") }
    }

    @inline(__always)
    private mutating func next() throws -> BinaryValue {
        let found = try reader.value(at: position, limit: end, codingPath: codingPath)
        position = found.end
        return found
    }

    /// The next field, nil when it is a nil.
    @inline(__always)
    private mutating func nextPresent() throws -> BinaryValue? {
        let found = try next()
        return found.tag == BinaryTag.null ? nil : found
    }

    mutating func string() throws -> String { try reader.string(try next(), codingPath) }
    /// The next string's number in the table, for a reader that looks something up by it.
    mutating func stringNumber() throws -> Int { try reader.stringNumber(try next(), codingPath) }
    mutating func optionalString() throws -> String? { try nextPresent().map { try reader.string($0, codingPath) } }
    mutating func int() throws -> Int { try reader.integer(Int.self, try next(), codingPath) }
    mutating func bool() throws -> Bool { try reader.bool(try next(), codingPath) }
    mutating func date() throws -> Date { Date(timeIntervalSinceReferenceDate: try reader.double(try next(), codingPath)) }
    mutating func optionalDate() throws -> Date? {
        try nextPresent().map { Date(timeIntervalSinceReferenceDate: try reader.double($0, codingPath)) }
    }

    mutating func raw<R: RawRepresentable>(_ type: R.Type) throws -> R where R.RawValue == String {
        let text = try string()
        guard let value = R(rawValue: text) else { throw reader.corrupt(codingPath, "\(text) is no \(R.self)") }
        return value
    }

    mutating func optionalRaw<R: RawRepresentable>(_ type: R.Type) throws -> R? where R.RawValue == String {
        guard let text = try optionalString() else { return nil }
        guard let value = R(rawValue: text) else { throw reader.corrupt(codingPath, "\(text) is no \(R.self)") }
        return value
    }

    mutating func value<T: Decodable>(_ type: T.Type) throws -> T {
        try reader.decode(type, try next(), codingPath: codingPath)
    }

    mutating func optionalValue<T: Decodable>(_ type: T.Type) throws -> T? {
        try nextPresent().map { try reader.decode(type, $0, codingPath: codingPath) }
    }

    /// A count written by the writer's lists, checked against what is left of the record.
    private mutating func count() throws -> Int {
        let count = try int()
        guard count >= 0, count <= end - position else { throw reader.corrupt(codingPath, "count past its record") }
        return count
    }

    mutating func strings() throws -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func dates<K: RawRepresentable & Hashable>(_ type: K.Type) throws -> [K: Date] where K.RawValue == String {
        let count = try count()
        var values: [K: Date] = [:]
        values.reserveCapacity(count)
        for _ in 0..<count {
            let key = try raw(K.self)
            values[key] = try date()
        }
        return values
    }

    /// A field that is a record itself, read straight into its type.
    mutating func record<R: BinaryRecord>(_ type: R.Type) throws -> R {
        try Self.read(R.self, reader: reader, value: try next(), codingPath: codingPath)
    }

    mutating func records<R: BinaryRecord>(_ type: R.Type) throws -> [R] {
        let count = try count()
        var values: [R] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try record(R.self)) }
        return values
    }

    /// The record `value` holds, all of its fields read.
    static func read<R: BinaryRecord>(_ type: R.Type, reader: BinaryReader, value: BinaryValue, codingPath: [any CodingKey]) throws -> R {
        guard value.tag == BinaryTag.record else { throw reader.corrupt(codingPath, "\(R.self) is not stored as a record") }
        var fields = BinaryFieldReader(reader: reader, value: value, codingPath: codingPath)
        let record = try R(fields: &fields)
        try fields.finish()
        return record
    }
}
