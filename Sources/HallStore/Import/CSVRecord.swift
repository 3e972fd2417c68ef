/// One record of a CSV file: its fields as written (quotes removed, doubled quotes made
/// single) and the physical line it starts on, which is what an editor shows.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// A line with nothing but commas and blanks: spreadsheets leave these below the data.
    public var isBlank: Bool {
        fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }
}
