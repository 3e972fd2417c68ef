import ArgumentParser
import Foundation
import HallDomain
import HallReports
import HallSession
import HallStore
import TermUI

struct ReportMonthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "month",
        abstract: "一个月（或其中几天）的分析：工单数量、类别、及时率、回退、满意度、定责，营业厅等候与办理。",
        discussion: """
        日期按营业厅所在时区。与上期比较：整月比上月，几天比紧挨着的同样天数。\
        只统计期末之前写入的记录，事后再运行结果不变。--csv 每张表写一个 UTF-8（带 BOM）文件，Excel 可直接打开；\
        --md 与 --html 另写一份供打印或邮寄的月报（HTML 为单个文件，表格与图表都在其中）。
        --all-halls 把同一数据库里的各营业厅并列成表：计数的合计是各厅之和，及时率、达标率、满意率由合计数重新计算（不是各厅比率的平均），\
        平均等候按各厅已叫号数加权，P90 无法合计。各营业厅按本数据目录的规则（日历、时限、目录）统计：同一区局的营业厅共用省公司的规则。
        """
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("月份，如 2026-11。", valueName: "YYYY-MM"))
    var month: String

    @Option(help: ArgumentHelp("只看这一天（须在该月内）。", valueName: "YYYY-MM-DD"))
    var day: String?

    @Option(help: ArgumentHelp("从这一天起（含，须在该月内）。", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(help: ArgumentHelp("到这一天止（含，须在该月内）。", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(help: ArgumentHelp("只看这个部门的工单（营业厅部分不变）。", valueName: "部门"))
    var department: String?

    @Option(help: ArgumentHelp("工单部分只看这个供电所的客户（改进案例与营业厅部分不变）。", valueName: "供电所"))
    var station: String?

    @Flag(help: "以一个 JSON 对象输出。")
    var json = false

    @Flag(help: "数据库里的各营业厅并列：每个营业厅一列，另加合计（日志须在 PostgreSQL 里，见 store.toml）。")
    var allHalls = false

    @Option(help: ArgumentHelp("把每张表写成 DIR 下的一个 CSV 文件。", valueName: "DIR"))
    var csv: String?

    @Option(help: ArgumentHelp("另写一份 Markdown 月报（标题与表格）到 FILE。", valueName: "FILE"))
    var md: String?

    @Option(help: ArgumentHelp("另写一份可打印、可邮寄的 HTML 月报（单个文件，含表格与图表）到 FILE。", valueName: "FILE"))
    var html: String?

    /// The folds a report reads its log into: the period asked for and the one before it
    /// (for the change per category). One hall's report and `--all-halls` fold each hall alike.
    func folds(of period: ReportPeriod, _ files: HallFiles, batchRule: BatchRule) -> [PeriodReportFold] {
        [period.previous, period].map {
            PeriodReportFold(period: $0, waitTargetMinutes: files.hall.waitTargetMinutes, department: department, station: station,
                             batchRule: batchRule)
        }
    }

    /// The report of `folds` (from `folds(of:_:batchRule:)`) once read, at `now`.
    static func report(_ folds: [PeriodReportFold], asOf now: Date) -> PeriodReport {
        folds[1].report(previous: folds[0].report(asOf: now), asOf: now)
    }

    func validate() throws {
        if day != nil, from != nil || to != nil { throw ValidationError("--day 与 --from/--to 只能选一种。") }
    }

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let period = try chosenPeriod(in: files.timeZone)
        // A folder whose work-order seeds do not load still has a hall to report on; its
        // batches are then judged by the default rule.
        let batchRule = (try? files.loadWorkOrderSettings())?.batchRule ?? BatchRule()
        if allHalls { return try reportAllHalls(files, period: period, batchRule: batchRule) }
        var folds = self.folds(of: period, files, batchRule: batchRule)
        do {
            try files.foldReport(into: &folds)
        } catch {
            throw fail(error.message)
        }
        if let station, !folds[1].stationsSeen.contains(station) {
            let seen = folds[1].stationsSeen
            throw fail("到 \(period.to.adding(days: -1)) 为止的工单里没有供电所「\(station)」。"
                       + (seen.isEmpty ? "日志中还没有任何工单写明供电所。" : "出现过的供电所：\(seen.joined(separator: "、"))。"))
        }
        let now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        let report = Self.report(folds, asOf: now)
        let tables = ReportTables(report: report, names: { files.roster.member(id: $0)?.name })
        let document = ReportDocument(report, tables: tables, hallName: files.hall.name)
        try publish(document, tables: tables.all, html: { ReportHTML.render(document, report: report) },
                    json: { JSONLine.encode(report) }, cases: report.cases)
    }

    /// Writes what the options ask for (CSV files, the Markdown and HTML reports) and prints
    /// the report as text (`printed` when the terminal's text is laid out otherwise) or JSON.
    func publish(_ document: ReportDocument, printed: ReportDocument? = nil, tables: [ReportTable], html makeHTML: () -> String,
                 json makeJSON: () -> String, cases: CaseFigures?) throws {
        if let csv {
            let folder = place(csv)
            do {
                let written = try AsCaller.run { try ReportCSV.write(tables, to: folder) }
                tell("已写入 \(written.count) 个 CSV 文件到 \(folder.path)")
            } catch let error as LogFailure {
                throw fail("无法写入 CSV 到 \(folder.path)：\(error.message)")
            }
        }
        if let md { try write(ReportMarkdown.render(document), to: md, what: "Markdown 月报") }
        if let html { try write(makeHTML(), to: html, what: "HTML 月报") }
        let output = json ? makeJSON() : ReportText.lines(printed ?? document, cases: cases).joined(separator: "\n")
        FileHandle.standardOutput.write(Data((InertText.lines(output) + "\n").utf8))
    }

    /// A path as typed, against the directory the command was run in.
    func place(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// Says on standard error what was written, unless standard output is JSON for a script.
    func tell(_ message: String) {
        if !json { FileHandle.standardError.write(Data((InertText.lines(message) + "\n").utf8)) }
    }

    func write(_ text: String, to path: String, what: String) throws {
        let url = place(path)
        do {
            try AsCaller.run { try ExportFiles.write(Array(text.utf8), to: url) }
        } catch let error as LogFailure {
            throw fail("无法写入\(what)到 \(url.path)：\(error.message)")
        }
        tell("已写入\(what)：\(url.path)")
    }

    /// The month, or the days of it that --day or --from/--to name.
    private func chosenPeriod(in zone: TimeZone) throws -> ReportPeriod {
        let parts = month.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let number = Int(parts[1]),
              let whole = ReportPeriod.month(year: year, month: number, zone: zone) else {
            throw fail("月份「\(ArgumentQuote.short(month))」应写成 YYYY-MM，如 2026-11。")
        }
        try InputYears.check(year, in: "月份 \(month)")
        func dayIn(_ text: String?, _ option: String) throws -> CalendarDay? {
            guard let text else { return nil }
            guard let day = CalendarDay(text) else { throw fail("\(option)「\(ArgumentQuote.short(text))」应写成 YYYY-MM-DD，如 \(whole.from)。") }
            guard whole.contains(day) else { throw fail("\(option) \(ArgumentQuote.short(text)) 不在 \(month) 内。") }
            return day
        }
        if let single = try dayIn(day, "--day") {
            return ReportPeriod(from: single, to: single.adding(days: 1), zone: zone)
        }
        let first = try dayIn(from, "--from") ?? whole.from
        let last = try dayIn(to, "--to") ?? whole.to.adding(days: -1)
        guard first <= last else { throw fail("--from \(first) 晚于 --to \(last)。") }
        return ReportPeriod(from: first, to: last.adding(days: 1), zone: zone)
    }
}
