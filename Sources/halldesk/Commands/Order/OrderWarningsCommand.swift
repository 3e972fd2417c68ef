import ArgumentParser
import Foundation
import HallDomain

struct OrderWarningsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warnings",
        abstract: "批量预警：同一片区、同一分类短时间内受理的多张工单，及消除预警的关联命令。",
        discussion: """
        这样的一组工单多半是一个原因（如台区故障、电费批量差错），宜作为一件事处理。多少张、多少小时内算批量，见数据目录的 seeds/work-order-rules.toml。一组工单按“批量”关联连通后（order link），\
        预警即消除；全部已办结的一组不再预警。专业部门的人员只看到整组都是本部门主办、协办或受邀会诊的预警。有没有预警，退出码都是 0。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    /// Who asks: a department sees a group only when every order in it is in its sight.
    @OptionGroup var staffOptions: StaffOptions

    @Flag(help: "以 JSON 输出，每条预警一行。")
    var json = false

    func run() throws {
        let reading = try OrderReading(dataOptions)
        let rule = reading.settings.batchRule
        let sight = try reading.sight(staffOptions)
        let warnings = BatchWarning.find(book: reading.book, rule: rule, now: reading.now).filter(sight.seesAll)
        if warnings.isEmpty, !json {
            print("没有批量预警（\(rule.hours) 小时内同一片区、同一分类达 \(rule.count) 张才预警）。")
        }
        for warning in warnings {
            let shown = OrderBatchWarning(warning, reading: reading)
            if json {
                print(JSONLine.encode(shown))
            } else {
                shown.lines.forEach { print($0) }
            }
        }
    }
}

/// One batch warning as `order warnings` prints it, with the links that would clear it.
struct OrderBatchWarning: Encodable {
    var category: String
    var categoryName: String
    var area: String
    var orders: [String]
    var firstReceivedAt: String
    var lastReceivedAt: String
    var firstReceivedAtLocal: String
    var lastReceivedAtLocal: String
    /// `halldesk order link …` commands that, run in turn, join the group into one batch.
    var clearedBy: [String]

    init(_ warning: BatchWarning, reading: OrderReading) {
        category = warning.category
        categoryName = reading.settings.category(code: warning.category)?.name ?? warning.category
        area = warning.area
        orders = warning.orders
        firstReceivedAt = reading.iso(warning.firstReceivedAt)
        lastReceivedAt = reading.iso(warning.lastReceivedAt)
        firstReceivedAtLocal = reading.local(warning.firstReceivedAt)
        lastReceivedAtLocal = reading.local(warning.lastReceivedAt)
        clearedBy = warning.missingLinks(in: reading.book).compactMap { command in
            guard case let .link(order, other, reason) = command else { return nil }
            return "halldesk order link \(order) \(other) --reason \(reason.chineseName)"
        }
    }

    var lines: [String] {
        ["批量预警：\(categoryName)（\(category)）  片区 \(area)  \(orders.count) 张：\(orders.joined(separator: "、"))"
            + "  受理 \(firstReceivedAtLocal) 至 \(lastReceivedAtLocal)",
         "  按“批量”关联后消除：" + clearedBy.joined(separator: "；")]
    }
}
