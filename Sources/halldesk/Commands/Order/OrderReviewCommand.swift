import ArgumentParser

struct OrderReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "审核部门的答复：通过（--accept），或退回部门补充（--send-back --reason …）。",
        discussion: "通过后工单待回访，答复时限在此时算作满足；退回的答复不算，部门补充后再答复。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Flag(help: "答复合格，通过。")
    var accept = false

    @Flag(name: .customLong("send-back"), help: "答复不合格，退回主办部门。")
    var sendBack = false

    @Option(help: ArgumentHelp("退回的原因：部门要补什么。", valueName: "TEXT"))
    var reason: String?

    func validate() throws {
        guard accept != sendBack else {
            throw ValidationError("--accept 与 --send-back 须且只须写一个：通过，或退回。")
        }
    }

    func run() throws {
        try OrderAction.perform(.review(order: target.order, accept: accept, reason: reason), dataOptions, staffOptions,
                                json: target.json)
    }
}
