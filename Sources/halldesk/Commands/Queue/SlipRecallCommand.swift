import ArgumentParser

struct SlipRecallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "recall", abstract: "重呼本窗口手上的号（次数有上限）。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.recall(counter: options.counter)), json: options.json)
    }
}
