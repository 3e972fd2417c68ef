import ArgumentParser
import Foundation
import HallPostgres
import HallStore

/// `halldesk log import`: moves a hall's log file into PostgreSQL, the reverse of `log
/// export` and byte for byte the same records, for a hall that leaves its data folder's
/// file for the database shared by several machines.
struct LogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把一个日志文件导入 PostgreSQL 里的一个营业厅（导出的反向，逐字节相同）。",
        discussion: """
        导入前先核对文件的每条记录和哈希链；数据库里这个营业厅必须还没有记录。整份导入在一个事务里：要么全部导入，要么什么也没写。\
        导入后可用 halldesk log export 导出并与原文件比较（cmp）。\
        退出码：0 已导入；1 营业厅里已有记录，或文件末尾不完整；2 文件里的记录损坏或被改动；3 连不上数据库或读不了文件。
        """
    )

    @Option(help: ArgumentHelp("要导入的日志文件（例如原数据目录里的 events.log）。", valueName: "FILE"))
    var from: String

    @Option(help: ArgumentHelp("导入到这个数据库，例如 \(PostgresEndpoint.addressExample)。", valueName: "ADDRESS"))
    var store: String

    @Option(help: ArgumentHelp("营业厅名（数据库里 records 表的 hall 列）。", valueName: "HALL"))
    var hall: String

    func validate() throws {
        if PostgresEndpoint(address: store) == nil {
            throw ValidationError("--store 不是 PostgreSQL 地址：\(store)。应写成 \(PostgresEndpoint.addressExample)。")
        }
    }

    func run() throws {
        let endpoint = try PostgresAddress.endpoint(store)
        let file = URL(fileURLWithPath: from)
        let report = LogVerifier.verify(url: file)
        switch report.verdict {
        case .valid: break
        case .tornTail: throw fail("\(from) 末尾不完整，没有导入：\(report.message) 请先用 halldesk 打开原数据目录修复断尾，再导入。")
        case .corrupt:
            warn("\(from) 里有损坏或被改动的记录，没有导入：\(report.message)")
            throw ExitCode(2)
        case .unreadable:
            warn("读不了 \(from)，没有导入：\(report.message)")
            throw ExitCode(3)
        }
        let place = "数据库 \(PostgresAddress.shown(endpoint)) 中的营业厅 \(hall)"
        // The zone only stamps new records; an import writes the file's as they are.
        let target = PostgresEventStore(endpoint: endpoint, hall: hall, timeZone: .current)
        defer { target.close() }
        let count: Int
        do throws(PostgresEventStore.ImportRefusal) {
            count = try target.importRecords(from: FileEventStore(readingFrom: file))
        } catch {
            switch error {
            case .hallNotEmpty(let records):
                throw fail("\(place) 里已有 \(records) 条记录，没有导入：导入只用于把一个营业厅整份搬进空的位置。请换一个营业厅名，或先核对是否已经导入过（halldesk log export）。")
            case .notKeptAsIs(let seq):
                throw fail("\(from) 第 \(seq) 条记录存入数据库后无法逐字节还原（可能是很旧版本写的），没有导入。请把文件和这段提示交给维护人员。")
            case .log(let failure):
                warn("没有导入到\(place)：\(failure.message)")
                throw ExitCode(3)
            }
        }
        print("已从 \(from) 导入 \(count) 条记录到\(place)。")
    }
}
