import ArgumentParser

struct OrderConfirmReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm-return",
        abstract: "确认部门的回退申请：工单回到待派，请重新派单。",
        discussion: "确认前请与申请回退的部门核实原因。时限不因回退重新计算。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    func run() throws {
        try OrderAction.perform(.confirmReturn(order: target.order), dataOptions, staffOptions, json: target.json)
    }
}
