import ArgumentParser
import HallDomain

struct OrderListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "列出工单，每张一行，最紧的在前：超期最久的在最上面，没有待办时限的在最后。",
        discussion: """
        分区与控制台协调员面板相同：\(WorkOrderSection.choiceList)。临期指剩不到半个工作日\
        （抢修到达剩不到 15 分钟）。列表里客户电话只显示前三位和后四位；要看完整号码用 order show。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    /// Accepted so a script can pass `--staff` to every `order` sub-command alike; a list
    /// masks phones for everyone, so who asks does not change it.
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("只列这一分区（缺省为全部）。", valueName: "SECTION"))
    var section: String?

    @Option(help: ArgumentHelp("只列这个部门主办或协办的工单。", valueName: "DEPARTMENT"))
    var department: String?

    @Flag(help: "以 JSON 输出，每张工单一行。")
    var json = false

    func validate() throws {
        _ = try chosenSection()
    }

    func run() throws {
        let reading = try OrderReading(dataOptions)
        let orders = reading.book.orders(in: try chosenSection(), at: reading.now, settings: reading.settings).filter { order in
            department.map { order.leadDepartment == $0 || order.supportingDepartments.contains($0) } ?? true
        }
        if orders.isEmpty, !json { print("没有符合条件的工单。") }
        for order in orders {
            let row = OrderRow(order, reading: reading)
            print(json ? JSONLine.encode(row) : row.text)
        }
    }

    private func chosenSection() throws -> WorkOrderSection {
        try section.map { try WorkOrderSection.parse($0, option: "--section") } ?? .all
    }
}
