import ArgumentParser

struct OrderInviteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "联合会诊：请几个部门一起研究一张疑难工单，各部门填写会诊意见（order finding）。",
        discussion: """
        由协调员发起；未办结的工单都可以，派单前也可以——定不下归谁处理，往往正是要会诊的原因。\
        部门名称须与人员名单一致；已在会诊中的部门不再重复邀请。order show 列出各部门的意见和尚未答复的部门。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("参加会诊的部门，可重复，如 --department 营销部 --department 计量班。", valueName: "DEPARTMENT"))
    var department: [String] = []

    @Option(help: ArgumentHelp("请各部门会诊的问题，如 客户称电表走快，是否需现场校验。", valueName: "TEXT"))
    var question: String = ""

    func run() throws {
        try OrderAction.perform(.inviteJointDiagnosis(order: target.order, departments: department, question: question),
                                dataOptions, staffOptions, json: target.json)
    }
}
