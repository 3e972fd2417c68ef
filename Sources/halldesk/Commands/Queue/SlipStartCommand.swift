import ArgumentParser

struct SlipStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "开始办理本窗口手上的号。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.startService(counter: options.counter)), json: options.json)
    }
}
