import ArgumentParser

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "客户短信提醒：查看今天的提醒及发送结果（发送由 halldesk notify 负责）。",
        subcommands: [NoticeListCommand.self]
    )
}
