import ArgumentParser

struct OrderFindingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finding",
        abstract: "填写会诊意见：受邀部门的经办人写下本部门的核查情况和意见。",
        discussion: """
        只有被邀请会诊（order invite）的部门的经办人能填写，记在其所属部门名下；\
        同一部门再次填写时，工单上显示最新的一条，经过里两条都保留。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Argument(help: ArgumentHelp("会诊意见，如 现场校验电表误差 0.3%，在允许范围内。", valueName: "TEXT"))
    var text: String?

    @Option(name: .customLong("finding"), help: ArgumentHelp("会诊意见（与直接写在工单编号后相同）。", valueName: "TEXT"))
    var findingOption: String?

    func validate() throws {
        if text != nil, findingOption != nil {
            throw ValidationError("会诊意见只写一处：直接写在工单编号后，或用 --finding，不要两处都写。")
        }
    }

    func run() throws {
        try OrderAction.perform(.recordFinding(order: target.order, finding: text ?? findingOption ?? ""), dataOptions, staffOptions,
                                json: target.json)
    }
}
