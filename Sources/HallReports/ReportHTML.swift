import HallDomain

/// The report as one self-contained HTML page a manager can open, print or mail: inline
/// CSS, inline SVG charts, no script, nothing fetched from anywhere, every typed text
/// escaped. Pure string building; the caller writes the file.
public enum ReportHTML {
    public static func render(_ document: ReportDocument, report: PeriodReport) -> String {
        page(document) { charts(for: $0, report) }
    }

    /// A document with no single hall's figures behind it (several halls side by side):
    /// its tables, without the charts of one hall.
    public static func render(_ document: ReportDocument) -> String {
        page(document) { _ in [] }
    }

    private static func page(_ document: ReportDocument, charts: (ReportSection.Part) -> [String]) -> String {
        var html = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<title>\(HTMLText.escape(document.title))</title>", "<style>\(style)</style>", "</head>", "<body>",
                    "<h1>\(HTMLText.escape(document.title))</h1>", "<p class=\"source\">\(HTMLText.escape(document.source))</p>"]
        for section in document.sections {
            html.append("<section id=\"\(section.part.rawValue)\">")
            html.append("<h2>\(HTMLText.escape(section.heading))</h2>")
            html += section.sentences.map { "<p>\(HTMLText.escape($0))</p>" }
            html += charts(section.part)
            html += section.tables.map(table)
            html.append("</section>")
        }
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private static func charts(for part: ReportSection.Part, _ report: PeriodReport) -> [String] {
        switch part {
        case .workOrders:
            [figure("各类别工单数", ReportCharts.ordersByCategory(report))]
        case .cases:
            []
        case .hall:
            [figure("每日发号数（高峰日另色标出）", ReportCharts.slipsPerDay(report)),
             figure("各时段平均等候（分钟，按取号所在小时）", ReportCharts.averageWaitPerHour(report))]
        }
    }

    private static func figure(_ caption: String, _ svg: String) -> String {
        "<figure>\(svg)<figcaption>\(HTMLText.escape(caption))</figcaption></figure>"
    }

    private static func table(_ table: ReportTable) -> String {
        let numeric = ReportTable.numericColumns(table)
        let head = table.header.map { "<th>\(HTMLText.escape($0))</th>" }.joined()
        let body = table.rows.isEmpty
            ? "<tr><td class=\"empty\" colspan=\"\(table.header.count)\">无</td></tr>"
            : table.rows.map { row in
                "<tr>" + row.indices.map { column in
                    let cell = HTMLText.escape(row[column])
                    return numeric.indices.contains(column) && numeric[column] ? "<td class=\"num\">\(cell)</td>" : "<td>\(cell)</td>"
                }.joined() + "</tr>"
            }.joined(separator: "\n")
        return "<h3>\(HTMLText.escape(table.title))</h3>\n<table id=\"\(HTMLText.escape(table.file))\">\n<thead><tr>\(head)</tr></thead>\n"
            + "<tbody>\n\(body)\n</tbody>\n</table>"
    }

    /// Plain and printable: system Chinese fonts, thin rules, figures right-aligned, and
    /// headings kept with what follows them on paper.
    private static let style = """
    body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;\
    margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.5}\
    h1{font-size:1.5em;border-bottom:2px solid #444;padding-bottom:.3em}\
    h2{font-size:1.25em;margin-top:2em;border-left:4px solid #4a78b5;padding-left:.5em}\
    h3{font-size:1em;margin:1.5em 0 .4em}h2,h3{page-break-after:avoid}\
    .source{color:#666;font-size:.9em}\
    table{border-collapse:collapse;margin:.2em 0 1em;font-size:.9em}\
    th,td{border:1px solid #bbb;padding:.2em .6em;text-align:left;vertical-align:top}\
    th{background:#eef2f7}td.num{text-align:right;font-variant-numeric:tabular-nums}td.empty{color:#888}\
    tr{page-break-inside:avoid}figure{margin:1em 0}figcaption{font-size:.85em;color:#555}\
    svg.chart{max-width:100%;height:auto;font-size:12px}svg .small{font-size:10px}\
    svg .bar{fill:#4a78b5}svg .bar.marked{fill:#d9822b}svg text{fill:#222}
    """
}
