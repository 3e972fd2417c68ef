import ArgumentParser
import HallDomain

struct OrderLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "关联两张工单：批量、重复或关联；关联同时显示在两张工单上。",
        discussion: """
        由协调员操作。同一片区、同一分类短时间内的多张工单按“批量”两两连通后，批量预警（order warnings）即消除；\
        同一客户就同一事项再次来诉按“重复”；其余同一件事的按“关联”。两张工单只能关联一次。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Argument(help: ArgumentHelp("要关联的另一张工单编号。", valueName: "OTHER"))
    var other: String

    @Option(help: ArgumentHelp("关联原因：\(LinkReason.choiceList)。", valueName: "REASON"))
    var reason: String

    func validate() throws {
        _ = try LinkReason.parse(reason, option: "--reason")
    }

    func run() throws {
        try OrderAction.perform(.link(order: target.order, to: other, reason: try LinkReason.parse(reason, option: "--reason")),
                                dataOptions, staffOptions, json: target.json)
    }
}
