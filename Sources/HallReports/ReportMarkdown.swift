import Foundation
import HallDomain

/// The report as Markdown for a manager to mail or paste: headings, the sentences, and a
/// pipe table per table (figures right-aligned). Pure string building; the caller writes it.
public enum ReportMarkdown {
    public static func render(_ document: ReportDocument) -> String {
        var lines = ["# \(document.title)", "", "（\(document.source)）"]
        for section in document.sections {
            lines += ["", "## \(section.heading)"]
            if !section.sentences.isEmpty { lines += [""] + section.sentences.map(cell) }
            for table in section.tables { lines += [""] + self.table(table) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func table(_ table: ReportTable) -> [String] {
        let heading = "### \(cell(table.title))"
        guard !table.rows.isEmpty else { return [heading, "", "无"] }
        let numeric = ReportTable.numericColumns(table)
        return [heading, "", row(table.header), row(numeric.map { $0 ? "---:" : "---" })] + table.rows.map(row)
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    /// A cell stays on its line and inside its column: a pipe is escaped, a line break
    /// becomes a space.
    private static func cell(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
            .replacingOccurrences(of: "|", with: "\\|")
    }
}
