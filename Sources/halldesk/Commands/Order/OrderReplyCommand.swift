import ArgumentParser
import HallDomain

struct OrderReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "答复：主办部门把处理结果交协调员审核。",
        discussion: """
        答复须写明：处理时间、处理人、做了什么或向客户解释了什么、处理结果及客户的反馈（须与现场事实相符）；\
        本单位有责的，还须写明责任人；赔偿类工单有责的，还须用 --cause 写明损坏产生的原因（月报按原因统计）。缺了哪项，答复不会记下，并提示缺的是哪几项。\
        答复前须已登记联系客户（order contact）或联系未成功的原因（order contact-failed）；处理时间须在工单受理\
        之后、不晚于现在。\
        加 --draft 时只按诉求分类的答复模板（seeds/reply-templates.toml）输出一份草稿供修改，什么也不记。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(name: .customLong("handled-at"), help: ArgumentHelp("处理时间（当地时间），如 \"2026-10-08 10:30\"；在受理之后、不晚于现在。", valueName: "TIME"))
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

    @Option(help: ArgumentHelp("赔偿类工单有责时，损坏产生的原因，如 台区零线断线致过电压。", valueName: "TEXT"))
    var cause: String?

    @Flag(help: "只输出按答复模板填好的草稿（处理内容和结果），供经办人按现场实际修改；不记下任何内容。")
    var draft = false

    func validate() throws {
        guard draft else { return }
        let written = [handledAt, handler, actions, result, feedback, responsible, cause].contains { $0 != nil } || atFault
        if written {
            throw ValidationError("--draft 只输出草稿，不提交答复；要提交，请去掉 --draft，写明 --handled-at、--handler、--actions、--result、--feedback。")
        }
    }

    func run() throws {
        if draft { return try printDraft() }
        let reply = WorkOrderReply(handledAt: handledAt ?? "", handler: handler ?? "", actions: actions ?? "", result: result ?? "",
                                   customerFeedback: feedback ?? "", utilityAtFault: atFault, responsiblePerson: responsible, faultCause: cause)
        try OrderAction.perform(.reply(order: target.order, reply), dataOptions, staffOptions, json: target.json)
    }

    /// The category's template filled from the order, to start the reply from; writes nothing.
    private func printDraft() throws {
        let reading = try OrderReading(dataOptions)
        guard let order = reading.book.order(target.order) else {
            throw fail("没有工单 \(ArgumentQuote.short(target.order))，请核对工单编号")
        }
        let reply = reading.settings.replyTemplates.draft(for: order)
        if target.json {
            print(JSONLine.encode(reply))
            return
        }
        guard !reply.actions.isEmpty || !reply.result.isEmpty else {
            print("“\(reading.categoryName(order))”没有答复模板，也没有通用模板（default），请直接按现场情况填写答复。")
            return
        }
        print("工单 \(order.number) 答复草稿（\(reading.categoryName(order))），请按现场实际修改后提交：")
        print("处理：\(reply.actions)")
        print("结果：\(reply.result)")
        print("处理时间、处理人、客户反馈须由经办人亲自填写。提交：")
        print("halldesk order reply \(order.number) --handled-at \"YYYY-MM-DD HH:MM\" --handler 姓名 "
              + "--actions \(Self.quoted(reply.actions)) --result \(Self.quoted(reply.result)) --feedback 客户反馈")
    }

    /// `text` in double quotes for a shell, with the quote-sensitive characters escaped.
    private static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\"\\$`".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return "\"" + escaped + "\""
    }
}
