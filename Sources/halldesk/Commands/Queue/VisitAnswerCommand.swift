import ArgumentParser
import HallDomain

struct VisitAnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "记录一次门口当场解答的咨询（不发号）。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("业务：代码、拼音简拼或中文名。", valueName: "BUSINESS"))
    var type: String

    @Option(help: "客户类别（可省）：residential 或 non-residential。")
    var kind: CustomerKind?

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let business = try BusinessLookup.find(type, in: acting.files.catalog)
        EventReport.print(try acting.perform(.answerAtDoor(businessType: business.code, customerKind: kind)), json: json)
    }
}
