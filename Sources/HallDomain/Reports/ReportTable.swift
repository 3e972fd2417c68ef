import Foundation

/// One table of a report, as text cells: printed aligned by display width in the
/// terminal, written as one CSV file and as Markdown and HTML tables, all from the same
/// cells so they never disagree.
public struct ReportTable: Sendable, Equatable, Codable {
    public var title: String
    /// The CSV file's name without `.csv`, ASCII so every system can open it; also the
    /// HTML table's id.
    public var file: String
    public var header: [String]
    public var rows: [[String]]

    public init(title: String, file: String, header: [String], rows: [[String]]) {
        self.title = title
        self.file = file
        self.header = header
        self.rows = rows
    }

    /// Minutes to a tenth, `-` when there was nothing to measure.
    public static func minutes(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "-"
    }

    /// A share as a whole percentage, `-` when there was nothing to count.
    public static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
    }

    /// Which columns hold figures (every cell a number, a sign or `-`), to align right.
    /// The first column names the row and never counts.
    public static func numericColumns(_ table: ReportTable) -> [Bool] {
        table.header.indices.map { column in
            column > 0 && table.rows.allSatisfy { row in
                guard row.indices.contains(column) else { return true }
                return row[column].first.map { $0.isNumber || $0 == "+" || $0 == "-" } ?? true
            }
        }
    }
}
