import ArgumentParser
import HallSession
import HallStore

struct LogHeadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "head",
        abstract: "打印最新一条记录的序号和哈希（SEQ:HASH）。",
        discussion: "把它抄进日报或发给别处保存：哈希链只能对照别人保存的头记录证明日志没被改过。之后用 halldesk log verify --head SEQ:HASH 核对。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Flag(help: "以 JSON 输出。")
    var json = false

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let report = files.store.isFile ? LogVerifier.verify(url: files.folder.logURL) : LogVerifier.verify(store: files.store.reader())
        guard report.verdict == .valid || report.verdict == .tornTail else {
            print(report.message)
            throw ExitCode(2)
        }
        if json {
            print(JSONLine.encode(["seq": String(report.head.seq), "hash": report.head.hash]))
        } else {
            print("\(report.head.seq):\(report.head.hash)")
        }
    }
}
