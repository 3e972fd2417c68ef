import ArgumentParser
import Foundation
import HallDomain

struct VisitTurnAwayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "turn-away",
        abstract: "资料不全：记下来访和所缺资料，打印一次性告知单。",
        discussion: "--have 逐项写出客户带齐的资料（名称见 halldesk visit checklist）；其余即为所缺。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var business: BusinessOptions

    @Option(name: .customLong("have"), help: ArgumentHelp("客户带齐的一项资料，可重复。", valueName: "DOCUMENT"))
    var presented: [String] = []

    @Option(help: "客户电话（可省），便于之后核对是否带齐资料回来。")
    var phone: String?

    @Flag(help: "以 JSON 输出记下的事件。")
    var json = false

    func run() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let type = try BusinessLookup.find(business.type, in: acting.files.catalog)
        let events = try acting.perform(.turnAway(businessType: type.code, customerKind: business.kind, presented: presented, phone: phone))
        EventReport.print(events, json: json)
        try ReceiptOutput.hand(events, acting: acting, show: !json)
    }
}
