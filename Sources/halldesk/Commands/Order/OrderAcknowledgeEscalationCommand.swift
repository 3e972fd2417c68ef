import ArgumentParser

struct OrderAcknowledgeEscalationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack-escalation",
        abstract: "被升级到的人确认已知悉一张升级的工单，自己界面上的升级标记随之消除。",
        discussion: "升级至部门负责人的，由主办部门的负责人确认；升级至供电所所长的，由所长确认。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    func run() throws {
        try OrderAction.perform(.acknowledgeEscalation(order: target.order), dataOptions, staffOptions, json: target.json)
    }
}
