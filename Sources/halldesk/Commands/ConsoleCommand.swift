import ArgumentParser
import Foundation
import HallConsole
import HallStore
import TermCurses
import TermUI

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "打开全屏控制台（不带子命令时的默认动作）。",
        discussion: "数据目录不存在时先按 seeds/ 建立。按 ? 看帮助，q 退出。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("主题：themes/ 下的文件名（standard、monochrome、ascii）。", valueName: "NAME"))
    var theme: String?

    func run() throws {
        let files = try HallFiles.openOrCreate(dataOptions)
        let chosenTheme: Theme
        do {
            chosenTheme = try ThemeChoice.load(named: theme)
        } catch {
            throw fail(error.description)
        }
        let session = ConsoleSession(files: files, identity: Identity.current(roster: files.roster))
        let terminal = CursesTerminal(theme: chosenTheme)
        defer { terminal.end() }
        ConsoleLoop(session: session, terminal: terminal, theme: chosenTheme).run()
    }
}
