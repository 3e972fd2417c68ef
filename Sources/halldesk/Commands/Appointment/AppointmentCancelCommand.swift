import ArgumentParser

struct AppointmentCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel",
        abstract: "取消一个预约（客户来电取消等），时段的名额空出来。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("预约编号，如 Y20261207001（见 appointment list）。", valueName: "ID"))
    var id: String

    @Option(help: "取消原因（可省）。")
    var reason: String?

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        EventReport.print(try acting.perform(.cancelAppointment(id: id, reason: reason)), json: json)
    }
}
