import ArgumentParser
import Foundation
import HallPostgres
import HallStore

struct LogExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "把 PostgreSQL 里一个营业厅的日志导出为日志文件（与文件日志逐字节相同）。",
        discussion: """
        导出前逐条核对每条记录的哈希和哈希链；导出的文件可以用 halldesk log verify 或 docs/log-format.md 里的核对脚本检查。\
        退出码：0 已导出；2 数据库里的记录损坏或被改动（不导出）；3 连不上数据库或写不了文件。
        """
    )

    @Option(help: ArgumentHelp("日志所在的数据库，例如 \(PostgresEndpoint.addressExample)。", valueName: "ADDRESS"))
    var store: String

    @Option(help: ArgumentHelp("营业厅名（数据库里 records 表的 hall 列）。", valueName: "HALL"))
    var hall: String

    @Option(help: ArgumentHelp("写到这个文件（整份替换，权限 0640）。", valueName: "FILE"))
    var to: String

    func validate() throws {
        if PostgresEndpoint(address: store) == nil {
            throw ValidationError("--store 不是 PostgreSQL 地址：\(store)。应写成 \(PostgresEndpoint.addressExample)。")
        }
    }

    func run() throws {
        guard let endpoint = PostgresEndpoint(address: store) else { throw ExitCode.validationFailure }
        // The zone only stamps new records; an export writes none.
        let source = PostgresEventStore(endpoint: endpoint, hall: hall, timeZone: .current)
        defer { source.close() }
        var bytes: [UInt8] = []
        var count = 0
        do throws(LogFailure) {
            try source.exportLines { line in
                bytes += line
                count += 1
            }
            try ExportFiles.write(bytes, to: URL(fileURLWithPath: to))
        } catch {
            warn(error.message)
            if case .corrupt = error { throw ExitCode(2) }
            throw ExitCode(3)
        }
        print("已导出 \(count) 条记录到 \(to)。")
    }
}
