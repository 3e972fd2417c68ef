import ArgumentParser
import HallDomain

struct OrderFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "回访：记下回访方式和客户对处理结果的满意程度。",
        discussion: """
        满意或基本满意的，工单待办结；投诉工单则待二次回访（work-order-rules.toml 的 second_follow_up_days \
        天后），到时用同一命令登记二次回访，做完才能办结。不满意的，须用 --note 记下客户的意见，工单退回主办部门\
        重新处理，并按 deadlines.toml 该类工单的答复时限，从这次回访起重新计算答复时限。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("客户的评价：\(Satisfaction.choiceList)。", valueName: "ANSWER"))
    var satisfaction: String

    @Option(help: ArgumentHelp("回访记录，客户的原话。", valueName: "TEXT"))
    var note: String?

    @Option(help: ArgumentHelp("回访方式：\(FollowUpMethod.choiceList)；不写即电话。", valueName: "METHOD"))
    var method: String?

    func validate() throws {
        _ = try answer()
        _ = try way()
    }

    func run() throws {
        try OrderAction.perform(.followUp(order: target.order, satisfaction: try answer(), note: note ?? "", method: try way()), dataOptions, staffOptions,
                                json: target.json)
    }

    private func answer() throws -> Satisfaction {
        try Satisfaction.parse(satisfaction, option: "--satisfaction")
    }

    private func way() throws -> FollowUpMethod {
        try method.map { text throws in try FollowUpMethod.parse(text, option: "--method") } ?? .phone
    }
}
