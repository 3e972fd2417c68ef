import Foundation

/// One table of a report, as text cells: printed aligned by display width in the
/// terminal and written as one CSV file, from the same cells so the two never disagree.
struct ReportTable {
    var title: String
    /// The CSV file's name without `.csv`, ASCII so every system can open it.
    var file: String
    var header: [String]
    var rows: [[String]]

    /// Minutes to a tenth, `-` when there was nothing to measure.
    static func minutes(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "-"
    }

    /// A share as a whole percentage, `-` when there was nothing to count.
    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.0f%%", $0 * 100) } ?? "-"
    }
}
