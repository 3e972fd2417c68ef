import ArgumentParser
import Foundation
import HallStore
import TermUI

struct LogTailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "打印最近的记录，并随写随打（Ctrl-C 结束）。",
        discussion: "--json 每行一个 JSON 对象（seq, ts, actor, terminal, type, v, body, hash），便于脚本处理。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("从这一序号之后开始打印。缺省为最近 10 条。", valueName: "SEQ"))
    var after: Int?

    @Flag(help: "打印已有的记录后就结束，不等待新记录。")
    var noFollow = false

    @Flag(help: "以 JSON 输出，每条记录一行。")
    var json = false

    func validate() throws {
        if let after, after < 0 { throw ValidationError("--after 应为 0 或正整数。") }
    }

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let follower = LogFollower(url: files.folder.logURL)
        var first = true
        while true {
            let records: [LogRecord]
            do {
                records = try follower.poll()
            } catch {
                throw fail(error.message)
            }
            let start = first ? (after ?? max(0, follower.head.seq - 10)) : 0
            first = false
            for record in records where record.seq > start {
                FileHandle.standardOutput.write(Data((json ? RecordText.json(record) : InertText.lines(RecordText.line(record))).utf8 + [0x0A]))
            }
            if noFollow { return }
            usleep(100_000)
        }
    }
}
