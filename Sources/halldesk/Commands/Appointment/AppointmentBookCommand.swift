import ArgumentParser
import HallDomain

struct AppointmentBookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "登记一个预约（日期、时段、业务、姓名、电话、来源）。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("预约日期，如 2026-12-07。", valueName: "DAY"))
    var day: String

    @Option(help: ArgumentHelp("时段开始，如 09:00。", valueName: "HH:MM"))
    var start: String

    @Option(help: ArgumentHelp("时段结束（可省，缺省按 hall.toml 的时段长度）。", valueName: "HH:MM"))
    var end: String?

    @Option(help: ArgumentHelp("业务：代码、拼音简拼或中文名（如 DF、df、电费缴纳）。", valueName: "BUSINESS"))
    var type: String

    @Option(help: "客户姓名。")
    var name: String

    @Option(help: "客户电话。")
    var phone: String

    @Option(help: "来源：网上国网、电话 或 现场。")
    var source: AppointmentSource

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let business = try BusinessLookup.find(type, in: acting.files.catalog)
        let events = try acting.perform(.bookAppointment(AppointmentRequest(day: day, start: start, end: end, businessType: business.code,
                                                                              name: name, phone: phone, source: source)))
        EventReport.print(events, json: json)
    }
}

extension AppointmentSource: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(text: argument)
    }
}
