/// A column of an imported table, found by any of the header names it goes by, never by
/// position: exports differ in order and wording, and people rearrange them in Excel.
public protocol CSVColumn: CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// The first name is the one messages use.
    var names: [String] { get }
    /// Without these a row means nothing.
    var isRequired: Bool { get }
}

extension CSVColumn {
    public var name: String { names[0] }

    /// The column a header cell names, if any. Blanks, letter case and the `*` Excel
    /// templates put on required columns do not count.
    public static func named(_ header: String) -> Self? {
        let name = header.filter { !$0.isWhitespace && $0 != "*" && $0 != "＊" }.lowercased()
        return allCases.first { $0.names.contains { $0.lowercased() == name } }
    }
}
