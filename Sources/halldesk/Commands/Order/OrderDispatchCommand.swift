import ArgumentParser

struct OrderDispatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispatch",
        abstract: "派单：把待派的工单派给主办部门，可另指协办部门。",
        discussion: """
        按“谁主管、谁处理”，不写 --lead 时派给诉求分类的主管部门（seeds/work-order-categories.toml 的 owner，\
        order categories 可查）；派给其他部门主办须用 --reason 写明理由，理由记入日志。其他相关部门协办。\
        已派出的工单要改派，先撤回（recall）或确认部门的回退（confirm-return），再派一次；改派不重新计时。\
        部门名称须与人员名单一致。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("主办部门，如 营销部；缺省为诉求分类的主管部门。", valueName: "DEPARTMENT"))
    var lead: String?

    @Option(name: .customLong("support"), help: ArgumentHelp("协办部门，可重复。", valueName: "DEPARTMENT"))
    var supporting: [String] = []

    @Option(help: ArgumentHelp("主办部门不是分类的主管部门时，写明为何派给它。", valueName: "TEXT"))
    var reason: String?

    func run() throws {
        try OrderAction.perform(.dispatch(order: target.order, leadDepartment: try chosenLead(), supportingDepartments: supporting,
                                          reason: reason),
                                dataOptions, staffOptions, json: target.json)
    }

    /// `--lead`, or the owner of the order's category. An unknown order goes on to the domain,
    /// which says so.
    private func chosenLead() throws -> String {
        if let lead { return lead }
        let reading = try OrderReading(dataOptions)
        guard let order = reading.book.order(target.order) else { return "" }
        guard let owner = reading.settings.owner(of: order) else {
            throw fail("工单 \(order.number) 的诉求分类“\(reading.categoryName(order))”没有主管部门，请用 --lead 指定主办部门")
        }
        return owner
    }
}
