import ArgumentParser

struct OrderDispatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatch",
        abstract: "派单：把待派的工单派给主办部门，可另指协办部门。",
        discussion: """
        按“谁主管、谁处理”选主办部门，其他相关部门协办。已派出的工单要改派，先撤回（recall）\
        或确认部门的回退（confirm-return），再派一次；改派不重新计时。部门名称须与人员名单一致。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("主办部门，如 营销部。", valueName: "DEPARTMENT"))
    var lead: String

    @Option(name: .customLong("support"), help: ArgumentHelp("协办部门，可重复。", valueName: "DEPARTMENT"))
    var supporting: [String] = []

    func run() throws {
        try OrderAction.perform(.dispatch(order: target.order, leadDepartment: lead, supportingDepartments: supporting),
                                dataOptions, staffOptions, json: target.json)
    }
}
