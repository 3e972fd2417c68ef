import ArgumentParser

struct OrderComplainedAboutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complained-about",
        abstract: "登记投诉工单的被投诉人；被投诉人不得处理或答复针对本人的投诉。",
        discussion: """
        由协调员在投诉工单上登记：写工号（名单里的人），或客户说的姓名（名单上只有一人同名的，按其工号登记）。\
        此后被投诉人不能接单、联系客户、记录进展、阶段回复、答复、回退或填写会诊意见。再登记一次即更正。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("被投诉人的工号或姓名，如 D02 或 区淑贞。", valueName: "WHO"))
    var person: String

    func run() throws {
        try OrderAction.perform(.recordComplainedAbout(order: target.order, person: person), dataOptions, staffOptions,
                                json: target.json)
    }
}
