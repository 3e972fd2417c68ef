import ArgumentParser

struct OrderAcceptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept",
        abstract: "接单：主办部门经办人接下派来的工单，此后由本部门负责处理。",
        discussion: "派错了部门的，不必接单，直接回退（return）并说明原因。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    func run() throws {
        try OrderAction.perform(.accept(order: target.order), dataOptions, staffOptions, json: target.json)
    }
}
