import ArgumentParser

struct OrderReturnUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return-up",
        abstract: "把非本所属地的工单退回上级派单（属地管理：客户所在供电所负责）。",
        discussion: """
        只有客户属其他供电所、尚未派出的工单可以退回；已派出的请先撤回。\
        退回后工单不再算本所的待办，也不计入本所的办结和及时率。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(name: .customLong("note"), help: ArgumentHelp("说明（可省），如 地址属龙江镇。", valueName: "TEXT"))
    var note: String = ""

    func run() throws {
        try OrderAction.perform(.returnToDispatcher(order: target.order, note: note), dataOptions, staffOptions, json: target.json)
    }
}
