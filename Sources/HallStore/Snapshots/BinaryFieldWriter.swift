import Foundation

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
