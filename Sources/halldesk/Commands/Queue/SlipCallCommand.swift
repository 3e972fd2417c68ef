import ArgumentParser

struct SlipCallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "call", abstract: "叫下一位：按本窗口的队列顺序和优先规则选号，并说明为什么是这一位。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var options: CounterActionOptions

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.callNext(counter: options.counter)), json: options.json)
    }
}
