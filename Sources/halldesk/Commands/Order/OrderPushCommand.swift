import ArgumentParser
import HallDomain

struct OrderPushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "催办或督办一张在部门手上的工单；每次都记下来。",
        discussion: """
        第三次起，或工单已有时限超期时再催，自动升级：先到部门负责人，再到供电所所长。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("催办（缺省）或督办：\(PushLevel.choiceList)。", valueName: "LEVEL"))
    var level: String?

    @Option(help: ArgumentHelp("催办说明，如 客户再次来电询问。", valueName: "TEXT"))
    var note: String?

    func validate() throws {
        _ = try pushLevel()
    }

    func run() throws {
        try OrderAction.perform(.push(order: target.order, level: try pushLevel(), note: note ?? ""), dataOptions, staffOptions,
                                json: target.json)
    }

    private func pushLevel() throws -> PushLevel {
        try level.map { try PushLevel.parse($0, option: "--level") } ?? .reminder
    }
}
