import ArgumentParser
import Foundation
import HallDomain
import HallSession

struct CalendarShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "按月列出一年的日历：哪天放假、哪个周末调休上班、每月几个工作日。",
        discussion: "只列已载入节假日安排的年份（seeds/calendar/年份.toml）。每行不超过 80 列。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("年份，如 2026。", valueName: "YEAR"))
    var year: Int

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let calendar = try files.workingCalendar()
        guard calendar.isLoaded(year: year) else {
            let loaded = calendar.loadedYears.sorted().map { "\($0) 年" }.joined(separator: "、")
            throw fail("\(year) 年的节假日安排没有载入（\(files.folder.seedsURL.path)/calendar/ 里没有 \(year).toml；"
                       + "已载入：\(loaded.isEmpty ? "无" : loaded)）。国务院办公厅公布后，按 2026.toml 的格式补上该年的文件。")
        }
        print(CalendarYearText(calendar: calendar, year: year).lines.joined(separator: "\n"))
    }
}
