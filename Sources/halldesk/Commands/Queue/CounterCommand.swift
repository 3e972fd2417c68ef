import ArgumentParser

struct CounterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counter",
        abstract: "窗口：打开叫号台（halldesk counter 3），或开窗、暂停、关窗。",
        subcommands: [CounterConsoleCommand.self, CounterOpenCommand.self, CounterPauseCommand.self, CounterCloseCommand.self],
        defaultSubcommand: CounterConsoleCommand.self
    )
}

struct CounterPauseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "暂停叫号（须写原因）。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    @Option(help: "暂停原因，如 午休、系统故障。")
    var reason: String

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.pauseCounter(counter: options.counter, reason: reason)), json: options.json)
    }
}
