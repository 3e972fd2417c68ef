import ArgumentParser

struct OrderContactFailedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact-failed",
        abstract: "登记联系客户未成功及原因（电话无人接听、号码空号、客户拒接…）；记下的时间即现在。",
        discussion: """
        答复前须有联系客户的记录：联系上了用 order contact，联系不上就用本命令写明原因，每试一次登记一次。\
        它不满足“首次联系”时限。须先接单。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("未联系上的原因，如 电话无人接听。", valueName: "TEXT"))
    var reason: String?

    func run() throws {
        try OrderAction.perform(.contactFailed(order: target.order, reason: reason ?? ""), dataOptions, staffOptions, json: target.json)
    }
}
