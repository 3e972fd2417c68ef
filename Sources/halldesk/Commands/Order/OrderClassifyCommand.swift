import ArgumentParser

struct OrderClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "给一张待归类工单定下诉求分类（导入时客服中心的分类名认不出的工单）。",
        discussion: """
        分类代码见数据目录的 seeds/work-order-categories.toml；客服中心常用的叫法可补在 \
        seeds/work-order-category-aliases.toml，下次导入即能认出。归成重大分类的，工单随即上报所长。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions
    @OptionGroup var target: OrderTarget

    @Option(help: ArgumentHelp("诉求分类代码，如 DFZY（电费、电价争议）。", valueName: "CODE"))
    var category: String

    func run() throws {
        try OrderAction.perform(.classify(order: target.order, category: category), dataOptions, staffOptions, json: target.json)
    }
}
