import Foundation

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
