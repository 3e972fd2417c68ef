import ArgumentParser

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "事件日志：校验、头记录、实时查看、快照、与 PostgreSQL 之间导出导入。",
        subcommands: [LogVerifyCommand.self, LogHeadCommand.self, LogTailCommand.self, LogSnapshotCommand.self, LogExportCommand.self,
                      LogImportCommand.self]
    )
}
