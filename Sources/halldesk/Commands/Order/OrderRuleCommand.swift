import ArgumentParser
import HallDomain

struct OrderRuleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rule",
        abstract: "定责：办结后认定本单位有责或无责；有责的写明责任部门和责任人。",
        discussion: "谁引起、谁善后。每张工单只定责一次，定责后不能改。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Flag(name: .customLong("at-fault"), help: "本单位有责。")
    var atFault = false

    @Flag(name: .customLong("not-at-fault"), help: "本单位无责。")
    var notAtFault = false

    @Option(help: ArgumentHelp("责任部门（有责时写）。", valueName: "DEPARTMENT"))
    var department: String?

    @Option(help: ArgumentHelp("责任人（有责时写）。", valueName: "NAME"))
    var person: String?

    func validate() throws {
        guard atFault != notAtFault else {
            throw ValidationError("--at-fault 与 --not-at-fault 须且只须写一个：有责，或无责。")
        }
    }

    func run() throws {
        let ruling = ResponsibilityRuling(finding: atFault ? .atFault : .notAtFault, department: department, person: person)
        try OrderAction.perform(.ruleResponsibility(order: target.order, ruling), dataOptions, staffOptions, json: target.json)
    }
}
