import ArgumentParser

struct CaseDismissCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dismiss",
        abstract: "驳回一条改进建议（不立案），写明原因。",
        discussion: "由协调员或所长操作。建议编号见 case suggest。驳回后这组工单不再被建议；有新工单加入这一组时，建议会再出现。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: ArgumentHelp("建议编号，如 area-FWTD-天河北。", valueName: "KEY"))
    var key: String

    @Option(help: ArgumentHelp("为什么这些工单不是同一个原因。", valueName: "TEXT"))
    var reason: String

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false

    func run() throws {
        try OrderAction.perform(.dismissSuggestion(key: key, reason: reason), dataOptions, staffOptions, json: json)
    }
}
