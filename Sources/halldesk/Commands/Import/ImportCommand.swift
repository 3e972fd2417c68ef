import ArgumentParser

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从其他系统导入工单（目前为 95598 工单导出文件）。",
        subcommands: [Import95598Command.self]
    )
}
