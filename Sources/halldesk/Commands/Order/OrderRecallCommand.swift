import ArgumentParser

struct OrderRecallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "撤回：派单人把已派出的工单收回，之后可重新派单。",
        discussion: "部门还没接单时可直接撤回；已接单的须用 --reason 写明原因。撤回不重新计时。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("撤回的原因。", valueName: "TEXT"))
    var reason: String?

    func run() throws {
        try OrderAction.perform(.recall(order: target.order, reason: reason), dataOptions, staffOptions, json: target.json)
    }
}
