import ArgumentParser
import HallDomain

struct CaseOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "建立改进案例：几张工单的根本原因、改进措施、责任部门和完成期限。",
        discussion: "由协调员或所长操作。责任部门须在人员名单中有经办人；期限是本厅当地的日期，不早于今天。编号自动给出（GJ0001 起）。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("由这个原因引起的工单编号，一张或多张。", valueName: "ORDER"))
    var orders: [String]

    @Option(help: ArgumentHelp("根本原因，如 台区变压器过载。", valueName: "TEXT"))
    var cause: String

    @Option(help: ArgumentHelp("改进措施，如 十一月底前增容改造。", valueName: "TEXT"))
    var action: String

    @Option(help: ArgumentHelp("负责落实措施的部门。", valueName: "DEPARTMENT"))
    var owner: String

    @Option(help: ArgumentHelp("完成期限，年-月-日，如 2026-11-30。", valueName: "DAY"))
    var due: String

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false

    func run() throws {
        let draft = ImprovementCaseDraft(rootCause: cause, action: action, ownerDepartment: owner, dueDay: due, orders: orders)
        try OrderAction.perform(.openCase(draft), dataOptions, staffOptions, json: json)
    }
}
