import ArgumentParser

struct CaseLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "把更多工单加入一个进行中的改进案例。",
        discussion: "由协调员或所长操作。已在该案例中的工单不能再加；已完成的案例不能再加单，同一原因再次出现请另立案例。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: CaseTarget

    @Argument(help: ArgumentHelp("要加入的工单编号，一张或多张。", valueName: "ORDER"))
    var orders: [String]

    func run() throws {
        try OrderAction.perform(.addToCase(case: target.number, orders: orders), dataOptions, staffOptions, json: target.json)
    }
}
