import ArgumentParser
import HallDomain

struct OrderReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "答复：主办部门把处理结果交协调员审核。",
        discussion: """
        答复须写明：处理时间、处理人、做了什么或向客户解释了什么、处理结果及客户的反馈（须与现场事实相符）；\
        本单位有责的，还须写明责任人。缺了哪项，答复不会记下，并提示缺的是哪几项。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(name: .customLong("handled-at"), help: ArgumentHelp("处理时间（当地时间），如 \"2026-10-08 10:30\"。", valueName: "TIME"))
    var handledAt: String?

    @Option(help: ArgumentHelp("处理人。", valueName: "NAME"))
    var handler: String?

    @Option(help: ArgumentHelp("做了什么，或向客户解释了什么。", valueName: "TEXT"))
    var actions: String?

    @Option(help: ArgumentHelp("处理结果。", valueName: "TEXT"))
    var result: String?

    @Option(help: ArgumentHelp("客户对处理结果的反馈。", valueName: "TEXT"))
    var feedback: String?

    @Flag(name: .customLong("at-fault"), help: "本单位有责（须同时写 --responsible）。")
    var atFault = false

    @Option(help: ArgumentHelp("有责时的责任人。", valueName: "NAME"))
    var responsible: String?

    func run() throws {
        let reply = WorkOrderReply(handledAt: handledAt ?? "", handler: handler ?? "", actions: actions ?? "", result: result ?? "",
                                   customerFeedback: feedback ?? "", utilityAtFault: atFault, responsiblePerson: responsible)
        try OrderAction.perform(.reply(order: target.order, reply), dataOptions, staffOptions, json: target.json)
    }
}
