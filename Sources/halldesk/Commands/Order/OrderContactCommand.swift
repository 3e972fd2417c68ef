import ArgumentParser

struct OrderContactCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact",
        abstract: "登记已与客户联系：怎样联系上的，客户怎么说；记下的时间即现在。",
        discussion: """
        第一次联系即满足“首次联系”时限（投诉为受理后 1 个工作日内）。抢修到了现场请加 --on-site，\
        这同时满足“到达现场”时限。须先接单。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("联系情况，如 已电话联系客户，约定明天上门。", valueName: "TEXT"))
    var note: String?

    @Flag(name: .customLong("on-site"), help: "是到现场与客户见面。")
    var onSite = false

    func run() throws {
        try OrderAction.perform(.firstContact(order: target.order, onSite: onSite, note: note ?? ""), dataOptions, staffOptions,
                                json: target.json)
    }
}
