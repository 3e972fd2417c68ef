import ArgumentParser
import HallDomain

struct OrderFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "回访：记下客户对处理结果的满意程度。",
        discussion: """
        满意或基本满意的，工单待办结；不满意的，须用 --note 记下客户的意见，工单退回主办部门重新处理。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("客户的评价：\(Satisfaction.choiceList)。", valueName: "ANSWER"))
    var satisfaction: String

    @Option(help: ArgumentHelp("回访记录，客户的原话。", valueName: "TEXT"))
    var note: String?

    func validate() throws {
        _ = try answer()
    }

    func run() throws {
        try OrderAction.perform(.followUp(order: target.order, satisfaction: try answer(), note: note ?? ""), dataOptions, staffOptions,
                                json: target.json)
    }

    private func answer() throws -> Satisfaction {
        try Satisfaction.parse(satisfaction, option: "--satisfaction")
    }
}
