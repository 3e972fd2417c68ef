import ArgumentParser

struct OrderNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "记录处理进展，让协调员不必打电话来问。",
        discussion: "由主办部门经办人在接单后、答复前记录；每条进展都进入工单的经过。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Argument(help: ArgumentHelp("进展说明，如 已更换表计，待客户确认读数。", valueName: "TEXT"))
    var text: String

    func run() throws {
        try OrderAction.perform(.progressNote(order: target.order, note: text), dataOptions, staffOptions, json: target.json)
    }
}
