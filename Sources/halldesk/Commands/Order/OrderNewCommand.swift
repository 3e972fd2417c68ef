import ArgumentParser
import Foundation
import HallDomain
import HallSession

struct OrderNewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "受理一张工单：记下诉求、客户和来源，按工作日历定下各项时限，输出工单编号。",
        discussion: """
        时限从受理时刻起算，之后回退、改派都不重新计时。分类代码见数据目录的 \
        seeds/work-order-categories.toml；重大分类，或加 --major 的工单，受理时即上报所长。\
        95598 转来的工单请写 --hotline 95598 工单号，同一号码只受理一次。\
        以 --json 输出时，第一行是受理事件，其 body.order 即工单编号。\
        不写 --area 时按地址中的路名、街名、村名（seeds/areas.toml）判断片区、供电所和地区类型，并说明按哪个名称判断；\
        地址里一个也找不到时，须用 --area 写明片区。--area-type、--station 写了的以所写为准。
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

    @Option(help: "所在片区，用于确定属地（可省：按地址中的路名、村名从 seeds/areas.toml 判断）。")
    var area: String?

    @Option(help: "管辖的供电所（可省：取片区所属供电所，否则取本营业厅所属供电所）。")
    var station: String?

    @Option(name: .customLong("area-type"),
            help: ArgumentHelp("地区类型，决定抢修到达时限：\(AreaType.choiceList)（可省：取片区的地区类型）。", valueName: "TYPE"))
    var areaType: String?

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
        try parsedChoices()
    }

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let place = try locate(areas: try files.workOrderSettings().areas, hallStation: files.hall.station)
        if let note = place.note {
            // With --json the standard output is events only; the note goes beside it.
            if json { warn(note) } else { print(note) }
        }
        let events = try OrderAction.perform(.receive(try intake(place)), dataOptions, staffOptions, json: json)
        if !json, case .workOrder(.received(let received))? = events.first?.event {
            print("工单编号：\(received.order)")
        }
    }

    /// Where the customer is (属地): as typed, or as the station's area list reads the address.
    private struct Place {
        var placement: AreaPlacement
        /// Which address keyword decided the area, when the list decided it.
        var note: String?
    }

    /// The domain's placement (the same the 95598 import uses), with what to tell staff.
    private func locate(areas: AreaRules, hallStation: String) throws -> Place {
        let typedType = try areaType.map { try AreaType.parse($0, option: "--area-type") }
        let placement: AreaPlacement
        do {
            placement = try areas.place(address: address, area: area, station: station, areaType: typedType, hallStation: hallStation)
        } catch .unlistedArea(let area) {
            throw fail("片区“\(area)”不在 seeds/areas.toml 里，无从得知地区类型；请用 --area-type 写明：\(AreaType.choiceList)。")
        } catch {
            throw fail("所填地址里没有 seeds/areas.toml 中的路名、街名或村名，判断不出属地片区；请用 --area 写明所在片区。")
        }
        var note: String?
        if let suggestion = placement.suggestion {
            if placement.fromAddress {
                note = "属地：按地址中的“\(suggestion.keyword)”判断为 \(suggestion.area)（\(suggestion.station)，"
                    + "\(placement.areaType.chineseName)）；不对请用 --area 改选。"
            } else if suggestion.area != placement.area {
                note = "注意：地址含“\(suggestion.keyword)”，按 seeds/areas.toml 应属 \(suggestion.area)（\(suggestion.station)），"
                    + "已按 --area 登记为 \(placement.area)。"
            }
        }
        return Place(placement: placement, note: note)
    }

    /// Refuses a value no choice matches, before anything is read.
    private func parsedChoices() throws {
        _ = try WorkOrderKind.parse(kind, option: "--kind")
        _ = try WorkOrderSource.parse(source, option: "--source")
        _ = try CustomerKind.parse(customerKind, option: "--customer-kind")
        _ = try areaType.map { try AreaType.parse($0, option: "--area-type") }
    }

    private func intake(_ place: Place) throws -> WorkOrderIntake {
        let customer = Customer(name: name, phone: phone, accountNumber: account, address: address, area: place.placement.area,
                                station: place.placement.station, areaType: place.placement.areaType,
                                kind: try CustomerKind.parse(customerKind, option: "--customer-kind"), tier: tier, vip: vip)
        return WorkOrderIntake(kind: try WorkOrderKind.parse(kind, option: "--kind"),
                               source: try WorkOrderSource.parse(source, option: "--source"), category: category,
                               customer: customer, description: matter, hotlineNumber: hotline, markedMajor: major)
    }
}
