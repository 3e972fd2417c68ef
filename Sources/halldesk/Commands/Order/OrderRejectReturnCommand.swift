import ArgumentParser

struct OrderRejectReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject-return",
        abstract: "驳回部门的回退申请：工单仍由该部门办理，驳回理由部门可见。",
        discussion: "驳回须用 --reason 写明理由（如地址核实属本部门片区）。时限照常计算，不因申请回退而停。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("驳回的理由，申请回退的部门会看到。", valueName: "TEXT"))
    var reason: String = ""

    func run() throws {
        try OrderAction.perform(.rejectReturn(order: target.order, reason: reason), dataOptions, staffOptions, json: target.json)
    }
}
