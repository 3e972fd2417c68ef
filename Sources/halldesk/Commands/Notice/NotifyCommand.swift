import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore

/// `halldesk notify`: follows the log like `halldesk voice`, and whenever a consenting
/// customer's slip has `people_ahead` waiting ahead, or is called or called again, queues
/// the notice, spools it in `<data>/outbox/` and hands it to the SMS gateway command of
/// seeds/notices.toml. `--once` does one pass and exits, for cron and tests.
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "给同意短信提醒的客户发提醒：前面还剩 N 人时、叫号时、再次呼叫时（按 seeds/notices.toml）。",
        discussion: """
        提醒先记入日志（noticeQueued），再写成 outbox/ 里的文件，交给 notices.toml 的 sender 命令\
        （不经 shell，{phone} 与 {file} 替换为客户手机号和文件路径）；退出码 0 记为已送达并移入 outbox/sent/，\
        否则记为失败，稍后重试，满 attempts 次移入 outbox/failed/。约定见 docs/notices.md。\
        不带 --once 时一直跟随日志，Ctrl-C 结束。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Flag(help: "只处理此刻到期的提醒和待重试的提醒，然后退出（供 cron 与测试）。")
    var once = false

    @Option(help: ArgumentHelp("跟随时，同一条提醒失败后隔多少秒再试。", valueName: "SECONDS"))
    var retryAfter: Int = 60

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let config: NoticeConfig?
        do {
            config = try SeedNotices.load(acting.files.folder.seedsURL.appendingPathComponent("notices.toml"))
        } catch {
            throw fail("短信提醒设置有误：\(error.description)")
        }
        guard let config else {
            throw fail("数据目录的 seeds/notices.toml 没有写 sender（短信网关命令），不能发提醒。请按 docs/notices.md 写明 sender 后再运行。")
        }
        let spooler = NoticeSpooler(engine: acting.engine, config: config, outbox: Outbox(dataFolder: acting.files.folder),
                                    retryAfter: once ? nil : TimeInterval(retryAfter))
        if once {
            report(try pass(spooler, now: acting.now))
            return
        }
        FileHandle.standardOutput.write(Data("正在为 \(acting.files.hall.name) 发送客户提醒（Ctrl-C 结束）。\n".utf8))
        var reported: String?
        while true {
            let now = try ScriptClock.now(in: acting.files.timeZone, folder: acting.files.folder)
            do {
                let done = try spooler.run(now: now)
                if !done.isEmpty { report(done) }
                reported = nil
            } catch {
                // A refusal or a busy log is reported once and tried again on the next pass.
                if error.message != reported { warn(error.message) }
                reported = error.message
            }
            Thread.sleep(forTimeInterval: 0.3)
        }
    }

    private func pass(_ spooler: NoticeSpooler, now: Date) throws -> NoticeSpooler.Pass {
        do {
            return try spooler.run(now: now)
        } catch {
            throw fail(error)
        }
    }

    private func report(_ pass: NoticeSpooler.Pass) {
        print("新排队 \(pass.queued) 条，送达 \(pass.delivered) 条，失败 \(pass.failed) 条。")
    }
}
