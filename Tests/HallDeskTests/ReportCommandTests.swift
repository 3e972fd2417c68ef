import Foundation
import XCTest

/// `halldesk report month` on a small month made through the scripting commands, as a
/// station would make it; the figures expected are counted from the steps taken here.
final class ReportCommandTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var folder = URL(fileURLWithPath: "/")
    private var data = ""

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
        // The month is made at one hall time, so its complaint closes without a second follow-up.
        try withoutSecondFollowUp(data: data)
    }

    /// Runs `halldesk ARGUMENTS --data …` (and `--staff` when given), which must succeed; its output.
    @discardableResult
    private func step(_ staff: String?, _ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let run = try runCapturing(halldesk, arguments + ["--data", data] + (staff.map { ["--staff", $0] } ?? []), environment: hallTime)
        XCTAssertEqual(run.status, 0, "\(arguments.joined(separator: " ")): \(run.errors)", file: file, line: line)
        return run.output
    }

    /// Every command acts at one hall time (the folder is a practice folder), so the month
    /// the figures fall in is known whatever the machine's date: a run that crossed a month's
    /// end in Asia/Shanghai would otherwise read the wrong one.
    private let hallTime = ["HALLDESK_NOW": "2026-11-24 10:00"]
    private let thisMonth = "2026-11"

    /// Two slips (one served at counter 1, one a no-show at counter 4), a door answer, a
    /// customer turned away who comes back with everything; two complaints, one returned
    /// by 计量班 and taken to a ruling by 营销部, one left undispatched.
    private func makeMonth() throws {
        try step("C01", ["counter", "open", "--counter", "1"])
        try step("C02", ["counter", "open", "--counter", "4"])
        try step("G01", ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单"])
        try step("G01", ["visit", "answer", "--type", "JF"])
        try step("G01", ["visit", "turn-away", "--type", "JMXZ", "--kind", "residential", "--have", "用电人身份证原件",
                         "--phone", "13900000002"])
        try step("G01", ["slip", "issue", "--type", "JMXZ", "--kind", "residential", "--have", "用电人身份证原件",
                         "--have", "房屋产权证明（房产证或购房合同）", "--phone", "13900000002"])
        try step("C01", ["slip", "call", "--counter", "1"])
        try step("C01", ["slip", "start", "--counter", "1"])
        try step("C01", ["slip", "finish", "--counter", "1"])
        try step("C02", ["slip", "call", "--counter", "4"])
        try step("C02", ["slip", "noshow", "--counter", "4"])

        let first = try newComplaint()
        try step("K01", ["order", "dispatch", first, "--lead", "计量班", "--reason", "客户称电表走快，先请计量班核查"])
        try step("D03", ["order", "return", first, "--reason", "wrong-owner", "--note", "电费争议归营销部"])
        try step("K01", ["order", "confirm-return", first])
        try step("K01", ["order", "dispatch", first, "--lead", "营销部"])
        try step("D01", ["order", "accept", first])
        try step("D01", ["order", "contact", first, "--note", "已电话联系客户"])
        try step("D01", ["order", "reply", first, "--handled-at", "2026-11-24 10:00", "--handler", "麦国栋", "--actions", "核对电表读数",
                         "--result", "漏抄一月，已退补", "--feedback", "客户表示接受", "--at-fault", "--responsible", "陈志强"])
        try step("K01", ["order", "review", first, "--accept"])
        try step("K01", ["order", "followup", first, "--satisfaction", "基本满意", "--note", "客户接受"])
        try step("K01", ["order", "close", first])
        try step("K01", ["order", "rule", first, "--at-fault", "--department", "营销部", "--person", "陈志强"])
        _ = try newComplaint()
    }

    private func newComplaint(station: String = "天河供电所") throws -> String {
        let output = try step("K01", ["order", "new", "--kind", "投诉", "--source", "hall", "--category", "DFZY", "--name", "张伟",
                                      "--phone", "13812341234", "--address", "天河北路 1 号", "--area", "天河北", "--station", station,
                                      "--area-type", "city", "--customer-kind", "居民", "--description", "本月电费比上月高出一倍", "--json"])
        let received = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try XCTUnwrap(output.split(separator: "\n").first).utf8))
            as? [String: Any])
        return try XCTUnwrap((received["body"] as? [String: Any])?["order"] as? String)
    }

    private func object(_ value: Any?, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(value as? [String: Any], file: file, line: line)
    }

    /// `[{"label": …, "count": …}]` as a dictionary.
    private func counts(_ value: Any?) throws -> [String: Int] {
        let rows = try XCTUnwrap(value as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["label"] as? String ?? "", $0["count"] as? Int ?? -1) })
    }

    func testTheMonthsFiguresAsJSON() throws {
        try makeMonth()
        let output = try step(nil, ["report", "month", thisMonth, "--json"])
        let report = try object(JSONSerialization.jsonObject(with: Data(output.utf8)))
        let orders = try object(report["workOrders"])
        XCTAssertEqual(orders["received"] as? Int, 2)
        XCTAssertEqual(try counts(orders["byKind"]), ["投诉": 2])
        XCTAssertEqual(try counts(orders["byLeadDepartment"]), ["营销部": 1, "未派单": 1])
        XCTAssertEqual(try counts(orders["satisfaction"]), ["满意": 0, "基本满意": 1, "不满意": 0])
        let returns = try XCTUnwrap(orders["returns"] as? [[String: Any]])
        XCTAssertEqual(returns.map { $0["department"] as? String }, ["计量班"])
        XCTAssertEqual(returns.first?["confirmed"] as? Int, 1)
        XCTAssertEqual(try counts(returns.first?["reasons"]), ["不属本部门": 1])
        let rulings = try XCTUnwrap(orders["rulings"] as? [[String: Any]])
        XCTAssertEqual(rulings.map { $0["department"] as? String }, ["营销部"])
        XCTAssertEqual(rulings.first?["atFault"] as? Int, 1)

        let total = try object(try object(report["hall"])["total"])
        XCTAssertEqual(total["slipsIssued"] as? Int, 2)
        XCTAssertEqual(total["doorAnswered"] as? Int, 1)
        XCTAssertEqual(total["turnedAway"] as? Int, 1)
        XCTAssertEqual(total["cameBack"] as? Int, 1)
        XCTAssertEqual(total["served"] as? Int, 1)
        XCTAssertEqual(total["noShows"] as? Int, 1)
        XCTAssertEqual(try object(total["wait"])["called"] as? Int, 2)
        let clerks = try XCTUnwrap(try object(report["hall"])["clerks"] as? [[String: Any]])
        XCTAssertEqual(clerks.map { $0["label"] as? String }, ["C01"], "a no-show is not a service")

        let marketing = try object(JSONSerialization.jsonObject(with: Data(try step(nil, ["report", "month", thisMonth, "--json",
                                                                                           "--department", "营销部"]).utf8)))
        XCTAssertEqual(try object(marketing["workOrders"])["received"] as? Int, 1)
    }

    func testTheTextFitsEightyColumnsAndEachCSVOpensInPythonWithItsHeader() throws {
        try makeMonth()
        let csv = folder.appendingPathComponent("csv").path
        let text = try step(nil, ["report", "month", thisMonth, "--csv", csv])
        XCTAssertTrue(text.contains("受理 2 件"), text)
        let wide = text.split(separator: "\n").filter { $0.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E7F ? 2 : 1) } > 80 }
        XCTAssertEqual(wide, [], "lines wider than 80 columns")
        let barred = text.split(separator: "\n").filter { $0.hasSuffix("█") }
        XCTAssertEqual(barred.count, 2, "one category and one day, each the largest: \(text)")
        let blocks = barred.map { $0.reversed().prefix { $0 == "█" }.count }
        XCTAssertEqual(blocks.first, 20, "the largest category gets the longest bar: \(barred)")
        XCTAssertGreaterThanOrEqual(blocks.last ?? 0, 3, "the day table leaves room for a bar: \(barred)")
        XCTAssertFalse(text.split(separator: "\n").contains { $0.hasPrefix("合计") && $0.contains("█") }, "the total gets no bar")

        let files = try FileManager.default.contentsOfDirectory(atPath: csv).sorted()
        XCTAssertTrue(files.contains("hall-days.csv") && files.contains("returns.csv"), "\(files)")
        let days = try Data(contentsOf: URL(fileURLWithPath: csv + "/hall-days.csv"))
        XCTAssertEqual(Array(days.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte-order mark for Excel")
        let script = """
        import csv, glob, json, os, sys
        out = {}
        for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
            with open(path, newline="", encoding="utf-8-sig") as f:
                rows = list(csv.reader(f))
            out[os.path.basename(path)] = rows
        print(json.dumps(out, ensure_ascii=False))
        """
        let python = try runCapturing(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, csv])
        XCTAssertEqual(python.status, 0, python.errors)
        let tables = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(python.output.utf8)) as? [String: [[String]]])
        XCTAssertEqual(tables.count, files.count)
        XCTAssertEqual(tables["hall-days.csv"]?.first, ["日期", "发号", "门口答", "告知", "回头", "办结", "未到", "平均等", "P90", "最长", "达标"])
        XCTAssertEqual(tables["hall-days.csv"]?.last?.prefix(7), ["合计", "2", "1", "1", "1", "1", "1"])
        XCTAssertEqual(tables["returns.csv"], [["部门", "申请", "确认", "原因"], ["计量班", "1", "1", "不属本部门1"]])
        XCTAssertEqual(tables["orders-by-category.csv"]?.first, ["类别", "本期", "上期", "增减"])
    }

    /// Three complaints of one category in one area within a day are a batch, and the same
    /// customer's later ones repeats of the first closed one: two suggestions. A case over
    /// the third takes the batch away (two left are too few), leaves the repeats of the
    /// other two, and shows in JSON, text and CSV.
    func testImprovementCasesAndSuggestionsInTheReport() throws {
        try makeMonth()
        let third = try newComplaint()
        let suggested = try object(try object(JSONSerialization.jsonObject(with: Data(try step(nil, ["report", "month", thisMonth, "--json"]).utf8)))["cases"])
        let suggestions = try XCTUnwrap(suggested["suggested"] as? [[String: Any]])
        XCTAssertEqual(suggestions.map { $0["kind"] as? String }, ["batch", "repeat"], "\(suggestions)")
        XCTAssertEqual(suggestions.map { ($0["orders"] as? [String])?.count }, [3, 3])

        try step("K01", ["case", "open", third, "--cause", "抄表员漏抄", "--action", "抄表复核", "--owner", "营销部", "--due", "2099-12-31"])
        let csv = folder.appendingPathComponent("csv").path
        let text = try step(nil, ["report", "month", thisMonth, "--csv", csv])
        XCTAssertTrue(text.contains("GJ0001  进行中  营销部  期限 2099-12-31"), text)
        XCTAssertTrue(text.contains("根本原因：抄表员漏抄"), text)
        let cases = try object(try object(JSONSerialization.jsonObject(with: Data(try step(nil, ["report", "month", thisMonth, "--json"]).utf8)))["cases"])
        let open = try XCTUnwrap(cases["open"] as? [[String: Any]])
        XCTAssertEqual(open.map { $0["number"] as? String }, ["GJ0001"])
        XCTAssertEqual(open.first?["orders"] as? [String], [third])
        XCTAssertEqual(open.first?["overdue"] as? Bool, false)
        let left = try XCTUnwrap(cases["suggested"] as? [[String: Any]])
        XCTAssertEqual(left.map { $0["kind"] as? String }, ["repeat"])
        XCTAssertEqual((left.first?["orders"] as? [String])?.contains(third), false)
        XCTAssertTrue(text.contains("建议立案 1 组"), text)
        let rows = try String(contentsOfFile: csv + "/cases-open.csv", encoding: .utf8).split(separator: "\r\n")
        XCTAssertEqual(rows.count, 2)
        XCTAssertTrue(rows[1].hasPrefix("GJ0001,抄表员漏抄,抄表复核,营销部,2099-12-31,进行中,,\(third)"), String(rows[1]))
    }

    /// Checks an HTML file strictly with Python's `html.parser` (every element closed in
    /// order), and returns its tables by id as rows of cell text, the SVG count, the
    /// references to other files and the problems found.
    private func parsedHTML(_ path: String) throws -> [String: Any] {
        let script = """
        import json, sys
        from html.parser import HTMLParser
        VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source", "track", "embed", "param"}
        class Strict(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.errors, self.refs, self.tables = [], [], [], {}
                self.table, self.row, self.cell, self.svgs, self.charset = None, None, None, 0, False
            def handle_starttag(self, tag, attrs):
                for name, value in attrs:
                    if name in ("src", "href") or "url(" in (value or ""):
                        self.refs.append(f"{tag} {name}={value}")
                if tag == "meta" and ("charset", "utf-8") in attrs:
                    self.charset = True
                if tag == "svg":
                    self.svgs += 1
                if tag == "table":
                    self.table = dict(attrs).get("id", "")
                    self.tables[self.table] = []
                if tag == "tr":
                    self.row = []
                if tag in ("td", "th"):
                    self.cell = ""
                if tag not in VOID:
                    self.stack.append(tag)
            def handle_endtag(self, tag):
                if tag in VOID:
                    return
                if not self.stack or self.stack[-1] != tag:
                    self.errors.append(f"</{tag}> while open: {self.stack[-3:]}")
                    return
                self.stack.pop()
                if tag in ("td", "th"):
                    self.row.append(self.cell.strip())
                    self.cell = None
                if tag == "tr":
                    self.tables[self.table].append(self.row)
                if tag == "table":
                    self.table = None
            def handle_data(self, data):
                if self.cell is not None:
                    self.cell += data
        parser = Strict()
        with open(sys.argv[1], encoding="utf-8") as f:
            parser.feed(f.read())
        parser.close()
        if parser.stack:
            parser.errors.append(f"left open: {parser.stack}")
        print(json.dumps({"errors": parser.errors, "refs": parser.refs, "tables": parser.tables, "svgs": parser.svgs,
                          "charset": parser.charset}, ensure_ascii=False))
        """
        let python = try runCapturing(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, path])
        XCTAssertEqual(python.status, 0, python.errors)
        return try object(JSONSerialization.jsonObject(with: Data(python.output.utf8)))
    }

    func testTheHTMLReportIsOneValidFileWhoseTablesSayWhatTheJSONSays() throws {
        try makeMonth()
        let first = "GD000001"
        try step("K01", ["case", "open", first, "--cause", "抄表员漏抄 <一月>", "--action", "抄表复核", "--owner", "营销部",
                         "--due", "2099-12-31"])
        let html = folder.appendingPathComponent("月报.html").path, markdown = folder.appendingPathComponent("月报.md").path
        let output = try step(nil, ["report", "month", thisMonth, "--json", "--html", html, "--md", markdown])
        let report = try object(JSONSerialization.jsonObject(with: Data(output.utf8)))
        let page = try parsedHTML(html)
        XCTAssertEqual(page["errors"] as? [String], [])
        XCTAssertEqual(page["refs"] as? [String], [], "nothing fetched from another file or site")
        XCTAssertEqual(page["charset"] as? Bool, true)
        XCTAssertEqual(page["svgs"] as? Int, 3)
        let tables = try XCTUnwrap(page["tables"] as? [String: [[String]]])

        let orders = try object(report["workOrders"])
        let categories = try XCTUnwrap(orders["byCategory"] as? [[String: Any]])
        XCTAssertEqual(tables["orders-by-category"]?.dropFirst().map { Array($0.prefix(2)) },
                       categories.map { [$0["label"] as? String ?? "?", String($0["count"] as? Int ?? -1)] })
        let satisfaction = try XCTUnwrap(orders["satisfaction"] as? [[String: Any]])
        XCTAssertEqual(tables["satisfaction"]?.dropFirst().map { $0 }, satisfaction.map { [$0["label"] as? String ?? "?", String($0["count"] as? Int ?? -1)] })
        let hall = try object(report["hall"])
        let days = try XCTUnwrap(hall["days"] as? [[String: Any]]) + [try object(hall["total"])]
        let keys = ["slipsIssued", "doorAnswered", "turnedAway", "cameBack", "served", "noShows"]
        XCTAssertEqual(tables["hall-days"]?.dropFirst().map { Array($0.prefix(7)) },
                       days.map { day in [day["label"] as? String ?? "?"] + keys.map { String(day[$0] as? Int ?? -1) } })
        let open = try XCTUnwrap(try object(report["cases"])["open"] as? [[String: Any]])
        XCTAssertEqual(tables["cases-open"]?.dropFirst().map { Array($0.prefix(2)) },
                       open.map { [$0["number"] as? String ?? "?", $0["rootCause"] as? String ?? "?"] })
        XCTAssertEqual(tables["cases-open"]?.last?.prefix(2), ["GJ0001", "抄表员漏抄 <一月>"], "escaped in the file, itself once parsed")

        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        XCTAssertTrue(text.contains("\n## 一、工单\n"), text)
        XCTAssertTrue(text.contains("| 日期 | 发号 | 门口答 | 告知 | 回头 | 办结 | 未到 | 平均等 | P90 | 最长 | 达标 |"), text)
        XCTAssertTrue(text.contains("| 合计 | 2 | 1 | 1 | 1 | 1 | 1 |"), text)
        XCTAssertTrue(text.contains("| GJ0001 | 抄表员漏抄 <一月> | 抄表复核 | 营销部 | 2099-12-31 | 进行中 |"), text)
    }

    func testAStationNarrowsTheOrdersAndAnUnknownOneIsNamedWithTheStationsSeen() throws {
        try makeMonth()
        _ = try newComplaint(station: "乐从供电所")
        func received(_ station: String) throws -> Int? {
            let output = try step(nil, ["report", "month", thisMonth, "--json", "--station", station])
            return try object(try object(JSONSerialization.jsonObject(with: Data(output.utf8)))["workOrders"])["received"] as? Int
        }
        XCTAssertEqual(try received("天河供电所"), 2)
        XCTAssertEqual(try received("乐从供电所"), 1)
        XCTAssertTrue(try step(nil, ["report", "month", thisMonth, "--station", "乐从供电所"]).contains("一、工单（仅乐从供电所客户）"))

        let run = try runCapturing(halldesk, ["report", "month", thisMonth, "--station", "水藤供电所", "--data", data], environment: hallTime)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("没有供电所「水藤供电所」") && run.errors.contains("出现过的供电所：乐从供电所、天河供电所"), run.errors)
    }

    func testADayOutsideTheMonthIsRefusedInChinese() throws {
        let run = try runCapturing(halldesk, ["report", "month", "2026-11", "--day", "2026-12-01", "--data", data])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("不在 2026-11 内"), run.errors)
    }
}
