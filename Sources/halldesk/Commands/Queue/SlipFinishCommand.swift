import ArgumentParser

struct SlipFinishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "finish", abstract: "办结本窗口手上的号。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.finishService(counter: options.counter)), json: options.json)
    }
}
