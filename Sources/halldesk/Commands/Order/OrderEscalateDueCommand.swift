import ArgumentParser

/// `order escalate-due`: for a hall where no console may be open when an order falls due,
/// run from cron every few minutes. The same domain command every open console runs on its
/// poll, so whichever gets there first records each escalation and the rest find nothing.
struct OrderEscalateDueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate-due",
        abstract: "记下此刻按时限应当发生的工单升级（临期升至部门负责人，超期升至供电所所长）。",
        discussion: """
        规则见 seeds/work-order-rules.toml 的 [escalation]。已升级过的不再重复记录，可放心反复运行，
        例如由 cron 每 5 分钟运行一次：没有开着的终端时，升级也按时记下。没有到期的升级时不写日志。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false

    func run() throws {
        let events = try OrderAction.perform(.escalateDue, dataOptions, staffOptions, json: json)
        if events.isEmpty, !json { print("此刻没有需要按时限升级的工单。") }
    }
}
