import HallDomain
import TermUI

/// A table as lines of text no wider than the terminal's 80 columns, aligned by display
/// width so Chinese (two columns a character) lines up with digits.
enum ReportTableText {
    static let width = 80
    static let gap = 2

    /// Each column as wide as its widest cell.
    static func naturalWidths(_ table: ReportTable) -> [Int] {
        let all = [table.header] + table.rows
        return table.header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].displayWidth : 0 }.max() ?? 0 }
    }

    static func lines(_ table: ReportTable) -> [String] {
        guard !table.rows.isEmpty else { return ["【\(table.title)】无"] }
        let columns = table.header.indices
        var widths = naturalWidths(table)
        // Too wide: take the excess from the widest column, which holds text, not figures.
        let total = widths.reduce(0, +) + gap * (widths.count - 1)
        if total > width, let widest = columns.max(by: { widths[$0] < widths[$1] }) {
            widths[widest] = max(table.header[widest].displayWidth, widths[widest] - (total - width))
        }
        let numeric = ReportTable.numericColumns(table)
        func line(_ cells: [String]) -> String {
            let padded = columns.map { TextFit.pad(cells[$0], width: widths[$0], alignment: numeric[$0] ? .trailing : .leading) }
            return String(padded.joined(separator: String(repeating: " ", count: gap)).reversed().drop(while: { $0 == " " }).reversed())
        }
        return ["【\(table.title)】"] + [line(table.header)] + table.rows.map(line)
    }
}
