import XCTest
@testable import HallDomain
@testable import HallReports

/// The Markdown and HTML renderings of a report: typed text cannot break out of its cell
/// or tag, the charts show what the figures say, and nothing is fetched from elsewhere.
final class ReportRenderTests: XCTestCase {
    private static let oddCategory = "<电费&\"x\">"

    private func received(_ order: String, _ category: String) -> WorkOrderEvent {
        .received(WorkOrderReceived(order: order, kind: .complaint, source: .hall, category: category, major: false,
                                    customer: WorkOrderFixture.customer, description: "", hotlineNumber: nil, firstContactDue: nil,
                                    arrivalDue: nil, replyDue: nil, categoryName: category))
    }

    private func issued(_ day: String, _ number: String) -> Event {
        .slipIssued(SlipIssued(number: number, queue: "A", businessDay: day, utcOffsetSeconds: 28_800, businessType: "DF",
                               customerKind: .residential, priority: nil, override: nil, phone: nil,
                               estimate: WaitEstimate(method: "test", peopleAhead: 0, expectedMinutes: 5, lowMinutes: 0, highMinutes: 0,
                                                      basis: .openCounters)))
    }

    /// One order of an awkwardly named category and two of 「停电|故障」; one slip on the 5th
    /// and two on the 23rd, a peak day.
    private var report: PeriodReport {
        var story = ReportStory()
        story.at("2026-11-05 09:00", received("O1", Self.oddCategory))
        story.at("2026-11-05 09:10", received("O2", "停电|故障"))
        story.at("2026-11-05 09:20", issued("2026-11-05", "A001"))
        story.at("2026-11-23 10:00", issued("2026-11-23", "A001"))
        story.at("2026-11-23 10:05", issued("2026-11-23", "A002"))
        story.at("2026-11-23 11:00", received("O3", "停电|故障"))
        return story.report()
    }

    private func document(_ report: PeriodReport) -> ReportDocument {
        ReportDocument(report, tables: ReportTables(report: report, names: { _ in nil }), hallName: "天河<营业厅>")
    }

    func testTheHTMLEscapesTypedTextAndFetchesNothing() {
        let report = report
        let html = ReportHTML.render(document(report), report: report)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("<td>&lt;电费&amp;&quot;x&quot;&gt;</td>"), html)
        XCTAssertTrue(html.contains("<h1>天河&lt;营业厅&gt; 分析报表 2026-11-01 至 2026-11-30</h1>"))
        XCTAssertFalse(html.contains("<电费"))
        XCTAssertFalse(html.contains("<营业厅"))
        for reference in ["<script", "src=", "href=", "url(", "@import", "<link"] {
            XCTAssertFalse(html.contains(reference), reference)
        }
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 3, "categories, slips per day, wait per hour")
        XCTAssertEqual(html.components(separatedBy: "<table").count - 1, report.sectionsTableCount)
    }

    func testTheDayChartMarksThePeakDaysAndScalesToTheBusiest() {
        let svg = ReportCharts.slipsPerDay(report)
        // The 23rd: one marked bar, full height (170), plus the legend's swatch; the 5th half as tall.
        XCTAssertEqual(svg.components(separatedBy: "class=\"bar marked\"").count - 1, 2, svg)
        XCTAssertTrue(svg.contains("height=\"170.0\""), svg)
        XCTAssertTrue(svg.contains("height=\"85.0\""), svg)
        XCTAssertTrue(svg.contains(">高峰日（每月21–26日）</text>"), svg)
        XCTAssertTrue(svg.contains(">23</text>") && svg.contains(">5</text>"), svg)
    }

    func testTheCategoryChartHasABarPerCategoryWithItsCount() {
        let svg = ReportCharts.ordersByCategory(report)
        XCTAssertEqual(svg.components(separatedBy: "<rect").count - 1, 2)
        XCTAssertTrue(svg.contains(">停电|故障</text>") && svg.contains(">&lt;电费&amp;&quot;x&quot;&gt;</text>"), svg)
        XCTAssertTrue(svg.contains("width=\"330\""), "the largest category fills the bar space")
        XCTAssertTrue(svg.contains("width=\"165\""), "one order against two is half as long")
    }

    func testTheMarkdownHasHeadingsAndPipeTablesWithPipesEscaped() {
        let markdown = ReportMarkdown.render(document(report))
        XCTAssertTrue(markdown.hasPrefix("# 天河<营业厅> 分析报表 2026-11-01 至 2026-11-30\n"))
        XCTAssertTrue(markdown.contains("\n## 一、工单\n"))
        XCTAssertTrue(markdown.contains("\n## 三、营业厅"))
        XCTAssertTrue(markdown.contains("\n### 按类别（与上期比）\n\n| 类别 | 本期 | 上期 | 增减 |\n| --- | ---: | ---: | ---: |\n"
                                        + "| 停电\\|故障 | 2 | - | - |\n"), markdown)
        XCTAssertTrue(markdown.contains("\n### 定责\n\n无\n"), "an empty table says so")
        XCTAssertTrue(markdown.contains("| 2026-11-23 | 2 |"), markdown)
    }
}

private extension PeriodReport {
    /// Every table of every section: the HTML prints each, empty or not.
    var sectionsTableCount: Int {
        ReportTables(report: self, names: { _ in nil }).all.count
    }
}
