import ArgumentParser
import Foundation
import HallConsole
import HallDomain
import HallSession
import TermCurses
import TermUI

/// What every console command takes: the data folder, who is at the terminal, the theme.
struct ConsoleOptions: ParsableArguments {
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("主题：themes/ 下的文件名（standard、monochrome、ascii）。", valueName: "NAME"))
    var theme: String?

    /// Opens the console on `start` (and `counter`) and runs it until `q`.
    func run(start: PaneID, counter: Int? = nil) throws {
        let files = try HallFiles.openOrCreate(dataOptions)
        let chosenTheme: Theme
        do {
            chosenTheme = try ThemeChoice.load(named: theme)
        } catch {
            throw fail(error.description)
        }
        if let counter, files.catalog.counter(number: counter) == nil {
            throw fail("没有 \(counter) 号窗口。本厅的窗口：\(files.catalog.counters.map { String($0.number) }.joined(separator: "、"))。")
        }
        let identity = try Identity.current(files: files)
        let clockOffset = try ScriptClock.offset(in: files.timeZone, folder: files.folder)
        let chosen = try staffOptions.chosen(in: files, identity: identity, now: Date(timeIntervalSinceNow: clockOffset))
        let session = ConsoleSession(files: files, identity: identity, chosen: chosen)
        ConsoleLoop.run(session: session, theme: chosenTheme, model: session.model(start: start, counter: counter), clockOffset: clockOffset)
    }
}
