/// A CSV file as people hand it over: bytes decoded (UTF-8, with or without a BOM, or
/// GBK), records parsed, blank lines dropped, the first record read as the header. Every
/// table HallDesk imports starts here, so each reads encodings and quotes the same way.
public struct CSVTable<Column: CSVColumn>: Sendable {
    public var encoding: TextEncoding
    public var header: CSVHeader<Column>
    /// The data records after the header, in file order.
    public var rows: [CSVRecord]

    /// Fails as a whole when the bytes are no text, a quote never closes, the header lacks
    /// a required column, or there is no header at all (`whenEmpty` says so in Chinese).
    public init(bytes: [UInt8], whenEmpty: String) throws(ImportFailure) {
        let (text, encoding) = try TextDecoding.decode(bytes)
        let records = try CSVReader.records(in: text).filter { !$0.isBlank }
        guard let first = records.first else { throw ImportFailure(line: nil, whenEmpty) }
        self.encoding = encoding
        header = try CSVHeader(first)
        rows = Array(records.dropFirst())
    }
}
