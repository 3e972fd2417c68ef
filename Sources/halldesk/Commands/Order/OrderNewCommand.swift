import ArgumentParser
import HallDomain

struct OrderNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "受理一张工单：记下诉求、客户和来源，按工作日历定下各项时限，输出工单编号。",
        discussion: """
        时限从受理时刻起算，之后回退、改派都不重新计时。分类代码见数据目录的 \
        seeds/work-order-categories.toml；重大分类，或加 --major 的工单，受理时即上报所长。\
        95598 转来的工单请写 --hotline 95598 工单号，同一号码只受理一次。\
        以 --json 输出时，第一行是受理事件，其 body.order 即工单编号。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("诉求类别：\(WorkOrderKind.choiceList)。", valueName: "KIND"))
    var kind: String

    @Option(help: ArgumentHelp("来源：\(WorkOrderSource.choiceList)。", valueName: "SOURCE"))
    var source: String

    @Option(help: ArgumentHelp("诉求分类代码，如 TD（停电）。", valueName: "CODE"))
    var category: String

    @Option(help: "客户姓名或单位名称。")
    var name: String

    @Option(help: "客户联系电话（可省）。")
    var phone: String?

    @Option(help: "户号（可省）。")
    var account: String?

    @Option(help: "用电地址。")
    var address: String

    @Option(help: "所在片区，用于确定属地。")
    var area: String

    @Option(help: "管辖的供电所（属地管理）。")
    var station: String

    @Option(name: .customLong("area-type"), help: ArgumentHelp("地区类型，决定抢修到达时限：\(AreaType.choiceList)。", valueName: "TYPE"))
    var areaType: String

    @Option(name: .customLong("customer-kind"), help: ArgumentHelp("客户类别：\(CustomerKind.choiceList)。", valueName: "KIND"))
    var customerKind: String

    @Option(help: "客户等级（可省），如 重要客户。")
    var tier: String?

    @Flag(help: "VIP 客户，走绿色通道，各屏幕排在前面。")
    var vip = false

    @Option(name: .customLong("description"), help: ArgumentHelp("诉求内容，照客户所说写明。", valueName: "TEXT"))
    var matter: String

    @Option(help: ArgumentHelp("95598 工单号（来源为 95598 时写）。", valueName: "NUMBER"))
    var hotline: String?

    @Flag(help: "分类不算重大、但确属重大诉求（如媒体关注）时加上，受理即上报所长。")
    var major = false

    @Flag(help: "以 JSON 输出记下的事件，每行一个。")
    var json = false

    func validate() throws {
        _ = try intake()
    }

    func run() throws {
        let events = try OrderAction.perform(.receive(try intake()), dataOptions, staffOptions, json: json)
        if !json, case .workOrder(.received(let received))? = events.first?.event {
            print("工单编号：\(received.order)")
        }
    }

    private func intake() throws -> WorkOrderIntake {
        let customer = Customer(name: name, phone: phone, accountNumber: account, address: address, area: area, station: station,
                                areaType: try AreaType.parse(areaType, option: "--area-type"),
                                kind: try CustomerKind.parse(customerKind, option: "--customer-kind"), tier: tier, vip: vip)
        return WorkOrderIntake(kind: try WorkOrderKind.parse(kind, option: "--kind"),
                               source: try WorkOrderSource.parse(source, option: "--source"), category: category,
                               customer: customer, description: matter, hotlineNumber: hotline, markedMajor: major)
    }
}
