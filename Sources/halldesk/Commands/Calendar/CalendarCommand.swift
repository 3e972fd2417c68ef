import ArgumentParser

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "工作日历：按国务院节假日安排（含调休上班）计算期限，查看全年日历。",
        subcommands: [CalendarDueCommand.self, CalendarShowCommand.self]
    )
}
