import ArgumentParser
import Foundation
import HallStore

struct LogVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "逐条核对日志的每条记录和哈希链，指出第一条有问题的记录。",
        discussion: """
        退出码：0 完好；1 末尾有未写完的记录（崩溃所致，下次写入时自动隔离修复）；\
        2 日志损坏或被篡改，或 --head 给出的头记录对不上；3 无法读取。
        """
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("另行保存的头记录（来自 halldesk log head），核对日志里仍有这一条。", valueName: "SEQ:HASH"))
    var head: String?

    @Flag(help: "以 JSON 输出结果。")
    var json = false

    func validate() throws {
        if let head, KeptHead(head) == nil {
            throw ValidationError("--head 应写成 序号:哈希，例如 1200:9f86d08…（64 位十六进制），可从 halldesk log head 得到。")
        }
    }

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let kept = head.flatMap(KeptHead.init)
        let report = LogVerifier.verify(url: files.folder.logURL, expectedHead: kept.map { ($0.seq, $0.hash) })
        if json {
            print(VerifyJSON.render(report))
        } else {
            print(report.message)
        }
        switch report.verdict {
        case .valid: return
        case .tornTail: throw ExitCode(1)
        case .corrupt: throw ExitCode(2)
        case .unreadable: throw ExitCode(3)
        }
    }
}

/// `SEQ:HASH` as printed by `log head`.
struct KeptHead {
    var seq: Int
    var hash: String

    init?(_ text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let seq = Int(parts[0]), seq >= 0, parts[1].count == 64,
              parts[1].allSatisfy(\.isHexDigit) else { return nil }
        self.seq = seq
        hash = parts[1].lowercased()
    }
}
