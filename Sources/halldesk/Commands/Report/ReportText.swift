import HallDomain
import TermUI

/// The report as plain text for the terminal or a printer: the document's title and
/// sections, tables aligned, improvement cases as blocks; every line within 80 columns.
enum ReportText {
    static func lines(_ document: ReportDocument, cases: CaseFigures?) -> [String] {
        var text = [document.title, "（\(document.source)）"]
        for section in document.sections {
            text += ["", section.heading] + section.sentences
            if section.part == .cases, let cases {
                text += ReportCaseText.lines(cases)
            } else {
                for table in section.tables { text += [""] + ReportTableText.lines(bars(for: table)?.adding(to: table) ?? table) }
            }
        }
        return text.flatMap { $0.isEmpty ? [""] : TextFit.wrap($0, width: ReportTableText.width) }
    }

    /// Bars for the counts people compare at a glance: orders per category this period,
    /// slips per day (the last row is the period's total, which gets none).
    private static func bars(for table: ReportTable) -> ReportTableBars? {
        switch table.file {
        case "orders-by-category": ReportTableBars(column: 1, rows: table.rows.count)
        case "hall-days": ReportTableBars(column: 1, rows: table.rows.count - 1)
        default: nil
        }
    }
}
