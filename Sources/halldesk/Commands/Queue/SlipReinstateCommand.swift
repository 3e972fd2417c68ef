import ArgumentParser

struct SlipReinstateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reinstate", abstract: "把过号的小票恢复排队（保留原发号时间）。")

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: "小票号，如 A012。")
    var slip: String

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        EventReport.print(try Acting(dataOptions, staffOptions).perform(.reinstate(slip: slip)), json: json)
    }
}
