import ArgumentParser
import HallDomain

/// `halldesk slip reprint [NUMBER]`: the guide pane's F10 for scripts. The log records the
/// reprint, so a second paper with the same number is never a mystery at the counter.
struct SlipReprintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reprint",
        abstract: "补打一张小票（客户遗失或打印卡纸时），并在日志里记下补打。",
        discussion: "不写小票号时补打今天最后发出的一张。已办结或已过号的小票不能补打，客户请重新取号。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Argument(help: "小票号，如 A012；不写则为今天最后发出的一张。")
    var slip: String?

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let events = try acting.perform(.reprintSlip(slip: slip?.uppercased()))
        EventReport.print(events, json: json)
        try ReceiptOutput.hand(events, acting: acting, show: !json)
    }
}
