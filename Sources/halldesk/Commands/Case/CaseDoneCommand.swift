import ArgumentParser

struct CaseDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "确认改进案例完成，写明实际做了什么。",
        discussion: "由协调员或所长操作。完成后案例不再计入进行中或逾期，月度分析引用这里写的内容。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: CaseTarget

    @Argument(help: ArgumentHelp("实际做了什么，如 已更换 630 kVA 变压器。", valueName: "TEXT"))
    var outcome: String

    func run() throws {
        try OrderAction.perform(.finishCase(case: target.number, outcome: outcome), dataOptions, staffOptions, json: target.json)
    }
}
