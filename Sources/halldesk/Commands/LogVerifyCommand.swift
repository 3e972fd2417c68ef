import ArgumentParser
import Foundation
import HallSession
import HallStore

struct LogVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "逐条核对日志的每条记录和哈希链，指出第一条有问题的记录。",
        discussion: """
        退出码：0 完好；1 末尾有未写完的记录或未写全的一批（崩溃所致，下次写入时自动隔离修复）；\
        2 日志损坏或被篡改（包括完整的最后一行对不上），或 --head 给出的头记录对不上；\
        3 无法读取（含日志是符号链接等不可信文件）；4 日志完好但 seeds/hall.toml 等种子文件读不出。
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

    /// The log is checked on its own: it does not depend on the seeds, so a broken
    /// `hall.toml` neither hides the log's verdict nor passes for a torn tail (exit 4).
    func run() throws {
        let folder = DataFolder(url: dataOptions.folder)
        if let missing = HallFiles.missingLog(folder) { throw missing }
        let kept = head.flatMap(KeptHead.init).map { (seq: $0.seq, hash: $0.hash) }
        let report: VerifyReport
        if let store = try Self.databaseStore(folder) {
            report = LogVerifier.verify(store: store.reader(), expectedHead: kept)
        } else {
            report = LogVerifier.verify(url: folder.logURL, expectedHead: kept)
        }
        if json {
            print(VerifyJSON.render(report))
        } else {
            print(report.message)
        }
        var seedsBroken = false
        do {
            _ = try SeedCatalog.load(folder: folder.seedsURL)
        } catch {
            warn("日志之外：种子文件读不出，HallDesk 其他命令会因此失败。\(error.description) 请改正 \(folder.seedsURL.path) 里的文件（如 hall.toml）后再试。")
            seedsBroken = true
        }
        switch report.verdict {
        case .valid: if seedsBroken { throw ExitCode(4) }
        case .tornTail: throw ExitCode(1)
        case .corrupt: throw ExitCode(2)
        case .unreadable: throw ExitCode(3)
        }
    }
}

extension LogVerifyCommand {
    /// The database `folder`'s `store.toml` names, without the seeds (see `run`); nil for
    /// a folder whose log is its `events.log`.
    static func databaseStore(_ folder: DataFolder) throws -> StoreChoice? {
        let settings: StoreSettings?
        do {
            settings = try StoreSettings.load(folder)
        } catch {
            throw fail(error.description)
        }
        // The zone only stamps new records; a check writes none.
        return try settings.map { settings in try PostgresAddress.choice(settings, zone: .current) }
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
