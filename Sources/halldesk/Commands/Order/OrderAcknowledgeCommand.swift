import ArgumentParser

struct OrderAcknowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "确认已知悉一张重大工单，各协调员和所长屏幕上的提示随之消除。",
        discussion: "重大诉求（触电、盗窃电力设施、举报、媒体关注等）受理时即上报；确认表示已有人接手跟进。"
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    func run() throws {
        try OrderAction.perform(.acknowledgeMajor(order: target.order), dataOptions, staffOptions, json: target.json)
    }
}
