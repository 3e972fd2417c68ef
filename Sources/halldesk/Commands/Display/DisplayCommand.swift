import ArgumentParser
import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore
import TermCurses
import TermUI

/// `halldesk display`: the public calling board on the hall's TV. It only reads the log
/// (no staff identity, nothing written), so any number may run at once; with `--voice`
/// this box also speaks each call through hall.toml's `[voice]`.
struct DisplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "display",
        abstract: "打开大厅叫号屏：最新叫号大字显示、最近叫号、各队等候与预计等候、告示；只读，可同时开多个。",
        discussion: "跟随日志，其他终端叫号后 0.3 秒内显示。不需要按键；q 或 Ctrl-C 退出。加 --voice 时由本机按 hall.toml 的 [voice] 播报叫号。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("主题：themes/ 下的文件名（standard、monochrome、ascii）。", valueName: "NAME"))
    var theme: String?

    @Flag(help: "本机播报叫号和重呼（普通话两遍，按设置再加粤语一遍）。")
    var voice = false

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let chosenTheme: Theme
        do {
            chosenTheme = try ThemeChoice.load(named: theme)
        } catch {
            throw fail(error.description)
        }
        let notice: String?
        do {
            notice = try SeedDisplay.notice(files.folder.seedsURL.appendingPathComponent("hall.toml"))
        } catch {
            throw fail("叫号屏设置有误：\(error.description)")
        }
        let announcer = voice ? try VoiceSetup.announcer(for: files) : nil
        let replica = files.replica()
        let clock = { () throws -> Date in try ScriptClock.now(in: files.timeZone, folder: files.folder) }
        _ = try clock()
        var loop = DisplayLoop(files: files, replica: replica, notice: notice, announcer: announcer, now: clock)
        loop.run(theme: chosenTheme)
        announcer?.finish()
    }
}
