import ArgumentParser

struct SlipNoShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "noshow", abstract: "过号：叫了没来，先挂起；规定时间内可恢复。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.markNoShow(counter: options.counter)), json: options.json)
    }
}
