import ArgumentParser

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "分析报表：工单与营业厅排队，按月或按日，从事件日志逐条统计。",
        subcommands: [ReportMonthCommand.self]
    )
}
