import ArgumentParser
import Foundation
import HallDomain
import HallStore

struct Import95598Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "95598",
        abstract: "导入 95598 工单导出文件（CSV），每行受理为一张工单。",
        discussion: """
        文件可以是 UTF-8（带不带 BOM 都可），或 GBK/GB18030
        （Excel 另存为 CSV 的默认编码）。
        按表头的列名取值，列的顺序不限；可用的列名和写法见 docs/import-95598.md。
        受理时间按营业厅时区的当地时间理解，各项期限从受理时间起算。
        只要有一行有问题，默认什么都不写入，并列出每一行的问题和行号；
        加 --skip-bad 则只导入没有问题的行。
        工单编号已导入过的行跳过，同一文件重复导入不会产生重复工单。
        所有工单一次写入，文件多大都是一批：要么全部记下，要么一张也不记
        （中途断电或被终止也一样），不必拆分文件。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("95598 工单导出文件（CSV）。", valueName: "FILE.csv"))
    var file: String

    @Flag(name: .customLong("skip-bad"), help: "有问题的行跳过，其余照常导入（问题行仍然列出）。")
    var skipBad = false

    @Flag(name: .customLong("dry-run"), help: "只检查并报告，不写入。")
    var dryRun = false

    @Flag(help: "以一个 JSON 对象输出结果。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let settings = try acting.files.workOrderSettings()
        let export = try read(hall: acting.files.hall, settings: settings)
        let now = acting.now
        var decided: ImportOutcome?
        let written: [RecordedEvent]
        do {
            written = try acting.engine.perform(now: now) { state, at throws(HallRefusal) in
                let outcome = try ImportOutcome(export, state: state, catalog: acting.engine.catalog, settings: settings,
                                                actor: acting.engine.actor, now: at)
                decided = outcome
                return dryRun ? [] : outcome.eventsToWrite(skipBad: skipBad)
            }
        } catch {
            throw fail(error)
        }
        guard let outcome = decided else { return }
        let summary = ImportSummary(file: file, export: export, outcome: outcome, written: !written.isEmpty, dryRun: dryRun, skipBad: skipBad)
        if json { print(summary.json) } else { summary.lines.forEach { print($0) } }
        if !outcome.bad.isEmpty, !skipBad {
            throw fail("有 \(outcome.bad.count) 行有问题，\(dryRun ? "" : "什么都没有写入。")请改正后重新导入，或加 --skip-bad 只导入没有问题的行。")
        }
    }

    private func read(hall: HallProfile, settings: WorkOrderSettings) throws -> HotlineExport {
        let bytes: Data
        do {
            bytes = try AsCaller.run { try Data(contentsOf: URL(fileURLWithPath: file)) }
        } catch {
            throw fail("读不到文件 \(file)：请核对路径，以及本账号是否有权读取。")
        }
        do {
            return try HotlineExport(bytes: Array(bytes), categories: settings.categories, aliases: settings.categoryAliases,
                                     areas: settings.areas, timeZone: hall.zone, station: hall.station)
        } catch {
            throw fail("\(file) 无法导入，什么都没有写入。\(error.description)")
        }
    }
}
