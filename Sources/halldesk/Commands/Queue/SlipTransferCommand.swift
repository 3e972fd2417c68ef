import ArgumentParser

struct SlipTransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "transfer", abstract: "把小票转到另一个队列，按原发号时间排位。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: "小票号，如 A012。")
    var slip: String

    @Option(help: ArgumentHelp("转入的队列字母。", valueName: "LETTER"))
    var to: String

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.transfer(slip: slip, toQueue: to)), json: json)
    }
}
