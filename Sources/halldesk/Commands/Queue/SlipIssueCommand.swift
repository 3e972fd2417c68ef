import ArgumentParser
import HallDomain
import HallSession

struct SlipIssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "资料齐全时发一张轮候小票，并打印。",
        discussion: """
        --have 逐项写出客户带齐的资料（名称见 halldesk visit checklist）。资料不全时拒绝；\
        确需先发号的，须由所长以 --override-by 工号 和 --reason 原因 特批，并由所长本人输入 PIN\
        （终端上不回显；脚本从标准输入传入一行），与 F4 换人同样核对、同样计入连续输错次数；特批记入报表。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var business: BusinessOptions

    @Option(name: .customLong("have"), help: ArgumentHelp("客户带齐的一项资料，可重复。", valueName: "DOCUMENT"))
    var presented: [String] = []

    @Option(help: "优先类别（可省）：green-channel（绿色通道）或 care（老弱病残孕优先）。")
    var priority: PriorityClass?

    @Option(name: .customLong("override-by"), help: ArgumentHelp("资料不全仍发号时，批准的所长工号。", valueName: "ID"))
    var overrideBy: String?

    @Option(help: "特批原因（与 --override-by 同用）。")
    var reason: String?

    @Option(help: "客户电话（可省）。")
    var phone: String?

    @Flag(name: .customLong("notice-consent"), help: "客户同意按 --phone 接收短信提醒（前面还剩几人、叫号、再次呼叫）。")
    var noticeConsent = false

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func validate() throws {
        if noticeConsent, phone == nil {
            throw ValidationError("--notice-consent 须与 --phone 一起写：客户同意在哪个号码接收提醒。")
        }
        if (overrideBy == nil) != (reason == nil) {
            throw ValidationError("--override-by 与 --reason 须一起写：谁批准、为什么。")
        }
    }

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let type = try BusinessLookup.find(business.type, in: acting.files.catalog)
        let override = overrideBy.map { ChecklistOverride(approvedBy: $0, reason: reason ?? "") }
        let command = HallCommand.issueSlip(businessType: type.code, customerKind: business.kind, presented: presented,
                                            priority: priority, override: override, phone: phone,
                                            noticeConsent: noticeConsent)
        let events = try overrideBy.map { try acting.perform(command, approvedBy: $0) } ?? acting.perform(command)
        EventReport.print(events, json: json)
        try ReceiptOutput.hand(events, acting: acting, show: !json)
    }
}
