import ArgumentParser

/// `appointment miss-due`: for a hall where no console may be open when a window closes,
/// run from cron. The same domain command every open console runs on its poll, so each
/// miss is recorded once.
struct AppointmentMissDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "miss-due",
        abstract: "记下签到时间已过仍未签到的预约为失约。",
        discussion: "已记过的不再重复记录，可放心反复运行（例如由 cron 每 5 分钟一次）。没有新的失约时不写日志。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let events = try acting.perform(.recordMissedAppointments)
        EventReport.print(events, json: json)
        if events.isEmpty, !json { print("此刻没有新的失约预约。") }
    }
}
