import HallDomain
import TermUI

/// A column of █ blocks added to a terminal table, so the eye finds the biggest category
/// or the busiest day without reading every number. Bars scale to the largest value of
/// `column` among the first `rows` rows (a total row after them gets none) and take only
/// the room the table leaves within 80 columns, at most `longest` blocks.
struct ReportTableBars {
    var column: Int
    var rows: Int
    var longest = 20
    /// Fewer blocks than this tell nothing; the table is then printed without bars.
    static let shortest = 3

    func adding(to table: ReportTable) -> ReportTable {
        let used = ReportTableText.naturalWidths(table).reduce(0, +) + ReportTableText.gap * table.header.count
        let room = min(longest, ReportTableText.width - used)
        let values = table.rows.prefix(rows).map { Double($0.indices.contains(column) ? $0[column] : "") ?? 0 }
        guard room >= Self.shortest, let largest = values.max(), largest > 0 else { return table }
        var barred = table
        barred.header.append("")
        barred.rows = table.rows.indices.map { index in
            guard index < values.count else { return table.rows[index] + [""] }
            let blocks = values[index] > 0 ? max(1, Int((values[index] / largest * Double(room)).rounded())) : 0
            return table.rows[index] + [String(repeating: "█", count: blocks)]
        }
        return barred
    }
}
