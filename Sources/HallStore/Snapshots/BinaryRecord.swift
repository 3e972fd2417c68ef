import Foundation

/// A type the binary form lays out as a record: its fields in a fixed order, with no keys
/// and no container to look them up in. Kept for the few types a snapshot holds by the
/// thousand (work orders, their customers, holdings and history entries, and the received
/// body each timeline starts with), where finding each field by its key was most of loading
/// a snapshot; every other type goes through Codable (see `Records/`).
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
