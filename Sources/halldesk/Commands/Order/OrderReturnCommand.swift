import ArgumentParser
import HallDomain

struct OrderReturnCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "return",
        abstract: "回退：主办部门发现地址、分类或归属有误，申请把工单退回派单人。",
        discussion: """
        只有地址有误、分类有误、不属本部门三种原因可以回退，并须用 --note 写明具体情况（如正确的地址或归属）。\
        请先与派单人联系；派单人确认（confirm-return）之前，工单仍在本部门手上。回退不重新计时。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("回退原因：\(ReturnReason.choiceList)。", valueName: "REASON"))
    var reason: String

    @Option(help: ArgumentHelp("具体情况，如 该地址属计量班管辖。", valueName: "TEXT"))
    var note: String?

    func validate() throws {
        _ = try returnReason()
    }

    func run() throws {
        try OrderAction.perform(.returnOrder(order: target.order, reason: try returnReason(), note: note ?? ""), dataOptions,
                                staffOptions, json: target.json)
    }

    private func returnReason() throws -> ReturnReason {
        try ReturnReason.parse(reason, option: "--reason")
    }
}
