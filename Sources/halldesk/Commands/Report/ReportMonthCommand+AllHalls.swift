import Foundation
import HallDomain
import HallPostgres
import HallReports
import HallSession
import HallStore

/// `report month --all-halls`: every hall of the database the data folder's `store.toml`
/// names, each folded on its own stream exactly as its own `report month` folds it, with
/// this folder's rules (a bureau's halls share the province's), then set side by side
/// (`HallsComparison`).
extension ReportMonthCommand {
    func reportAllHalls(_ files: HallFiles, period: ReportPeriod, batchRule: BatchRule) throws {
        guard !files.store.isFile, let settings = try? StoreSettings.load(files.folder) else {
            throw fail("--all-halls 只用于日志在 PostgreSQL 数据库里的数据目录（有 store.toml）：本目录的日志是 \(files.store.place)，"
                       + "只有一个营业厅。请去掉 --all-halls，或在区局的数据目录里运行（halldesk init --store … --hall …）。")
        }
        let endpoint = try PostgresAddress.endpoint(settings.url)
        let names: [String]
        do throws(LogFailure) {
            names = try PostgresHalls.names(at: endpoint)
        } catch {
            throw fail("读不出数据库 \(PostgresAddress.shown(endpoint)) 里的营业厅：\(error.message)")
        }
        guard !names.isEmpty else { throw fail("数据库 \(PostgresAddress.shown(endpoint)) 里还没有任何营业厅的记录。") }
        let now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        var halls: [(name: String, report: PeriodReport)] = []
        for name in names {
            var folds = self.folds(of: period, files, batchRule: batchRule)
            let store = PostgresEventStore(endpoint: endpoint, hall: name, timeZone: files.timeZone)
            defer { store.close() }
            do {
                try ReportReader.fold(store, into: &folds)
            } catch {
                throw fail("营业厅 \(name)：\(error.message)")
            }
            halls.append((name, Self.report(folds, asOf: now)))
        }
        let comparison = HallsComparison(halls: halls)
        let tables = comparison.tables
        let first = halls[0].report
        let narrowed = [station, department].compactMap { $0.map { " · \($0)" } }.joined()
        let document = ReportDocument(
            title: "各营业厅并列 分析报表 \(first.from) 至 \(first.through)" + narrowed,
            source: "营业厅 \(halls.count) 个（\(names.joined(separator: "、"))），读取记录 \(halls.reduce(0) { $0 + $1.report.eventsRead }) 条；"
                + "各厅按本数据目录的规则统计，合计中的比率由合计数重新计算",
            sections: [ReportSection(part: .workOrders, heading: "一、工单", sentences: [], tables: [tables[0]]),
                       ReportSection(part: .hall, heading: "二、营业厅（等候目标 \(files.hall.waitTargetMinutes) 分钟；等候为取号到首次叫号）",
                                     sentences: [], tables: [tables[1]])])
        var printed = document
        printed.sections = document.sections.map { section in
            var section = section
            section.tables = section.tables.flatMap(Self.inWidth)
            return section
        }
        try publish(document, printed: printed, tables: tables, html: { ReportHTML.render(document) },
                    json: { JSONLine.encode(AllHallsJSON(from: first.from, through: first.through, halls: halls.map { .init(hall: $0.name, report: $0.report) },
                                                         tables: tables)) },
                    cases: nil)
    }
}

extension ReportMonthCommand {
    /// A side-by-side table cut, for the terminal, into groups of halls that fit its 80
    /// columns, each group with the 指标 column and the last with the 合计: a bureau's dozen
    /// halls on one line would wrap into rows nobody can read. Files keep the whole table.
    static func inWidth(_ table: ReportTable) -> [ReportTable] {
        let widths = ReportTableText.naturalWidths(table)
        guard let first = widths.first else { return [table] }
        var groups: [[Int]] = [[]]
        var used = first
        for column in table.header.indices.dropFirst() {
            let needed = ReportTableText.gap + widths[column]
            if !groups[groups.count - 1].isEmpty, used + needed > ReportTableText.width {
                groups.append([])
                used = first
            }
            groups[groups.count - 1].append(column)
            used += needed
        }
        guard groups.count > 1 else { return [table] }
        return groups.enumerated().map { index, columns in
            ReportTable(title: "\(table.title)（\(index + 1)/\(groups.count)）", file: table.file,
                        header: [table.header[0]] + columns.map { table.header[$0] },
                        rows: table.rows.map { row in [row[0]] + columns.map { row.indices.contains($0) ? row[$0] : "" } })
        }
    }
}

/// What `report month --all-halls --json` prints: each hall's whole report, as its own
/// `report month --json` would, and the side-by-side tables with their 合计.
private struct AllHallsJSON: Encodable {
    struct Hall: Encodable {
        var hall: String
        var report: PeriodReport
    }

    var from: String
    var through: String
    var halls: [Hall]
    var tables: [ReportTable]
}
