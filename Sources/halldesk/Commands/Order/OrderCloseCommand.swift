import ArgumentParser

struct OrderCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "办结：回访满意或基本满意后结束工单。",
        discussion: "先处理、后定责：办结之后再用 rule 定责。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    func run() throws {
        try OrderAction.perform(.close(order: target.order), dataOptions, staffOptions, json: target.json)
    }
}
