import ArgumentParser

struct CaseProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "记录改进措施的进展。",
        discussion: "由责任部门的经办人、协调员或所长记录；只对进行中的案例。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: CaseTarget

    @Argument(help: ArgumentHelp("进展说明，如 新变压器已到货，周五停电更换。", valueName: "TEXT"))
    var text: String

    func run() throws {
        try OrderAction.perform(.recordCaseProgress(case: target.number, note: text), dataOptions, staffOptions, json: target.json)
    }
}
