import ArgumentParser

struct OrderInterimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interim",
        abstract: "阶段回复：告诉客户办到哪一步，并承诺何时再答复。",
        discussion: """
        由主办部门经办人在接单后、正式答复前登记。承诺时间写本地时间 YYYY-MM-DD HH:MM，不能早于现在；\
        再登记一次即改为新的承诺。承诺时间已过、其后既无答复也无新的承诺的，记为失约，在工单列表、order show \
        和工单协调台上标出。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("向客户承诺再答复的时间，如 \"2026-10-09 17:00\"。", valueName: "TIME"))
    var promise: String

    @Argument(help: ArgumentHelp("向客户说明的内容，如 已联系厂家调换电表，到货后上门安装。", valueName: "TEXT"))
    var text: String

    func run() throws {
        try OrderAction.perform(.interimReply(order: target.order, promisedAt: promise, note: text), dataOptions, staffOptions,
                                json: target.json)
    }
}
