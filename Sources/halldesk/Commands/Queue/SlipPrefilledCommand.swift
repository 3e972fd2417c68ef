import ArgumentParser

struct SlipPrefilledCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "prefilled", abstract: "记下已帮客户预填好表单。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: "小票号，如 A012。")
    var slip: String

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.markFormsPrefilled(slip: slip)), json: json)
    }
}
