import ArgumentParser
import HallDomain

struct AppointmentCheckInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-in",
        abstract: "预约客户到厅签到：在签到时间内、资料齐全时发一张“预约优先”的号，并打印。",
        discussion: """
        不在签到时间内时拒绝，并说明签到时间；客户仍可按普通客户取号（slip issue）。
        --have 逐项写出客户带齐的资料，与 slip issue 相同。资料不全时拒绝；确需先签到的，须由所长以 \
        --override-by 工号 和 --reason 原因 特批，并由所长本人输入 PIN（与 slip issue 相同）。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("预约编号，如 Y20261207001。", valueName: "ID"))
    var id: String

    @Option(help: "客户类别：residential（居民）或 non-residential（非居民）。")
    var kind: CustomerKind = .residential

    @Option(name: .customLong("have"), help: ArgumentHelp("客户带齐的一项资料，可重复。", valueName: "DOCUMENT"))
    var presented: [String] = []

    @Option(name: .customLong("override-by"), help: ArgumentHelp("资料不全仍签到时，批准的所长工号。", valueName: "ID"))
    var overrideBy: String?

    @Option(help: "特批原因（与 --override-by 同用）。")
    var reason: String?

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func validate() throws {
        if (overrideBy == nil) != (reason == nil) {
            throw ValidationError("--override-by 与 --reason 须一起写：谁批准、为什么。")
        }
    }

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let override = overrideBy.map { ChecklistOverride(approvedBy: $0, reason: reason ?? "") }
        let command = HallCommand.checkInAppointment(id: id, customerKind: kind, presented: presented, override: override)
        let events = try overrideBy.map { try acting.perform(command, approvedBy: $0) } ?? acting.perform(command)
        EventReport.print(events, json: json)
        try ReceiptOutput.hand(events, acting: acting, show: !json)
    }
}
