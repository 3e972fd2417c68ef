import ArgumentParser
import HallDomain

struct OrderListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "列出工单，每张一行，最紧的在前：超期最久的在最上面，没有待办时限的在最后。",
        discussion: """
        分区与控制台协调员面板相同：\(WorkOrderSection.choiceList)。临期指剩不到半个工作日\
        （抢修到达剩不到 15 分钟）。列表里客户电话只显示前三位和后四位；要看完整号码用 order show。\
        --unmasked 导出完整电话，只限所长/值班经理，且每次导出都记入日志。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    /// Who asks: a department sees only its own orders, and `--unmasked` is the manager's.
    @OptionGroup var staffOptions: StaffOptions

    @Option(help: ArgumentHelp("只列这一分区（缺省为全部）。", valueName: "SECTION"))
    var section: String?

    @Option(help: ArgumentHelp("只列这个部门主办或协办的工单。", valueName: "DEPARTMENT"))
    var department: String?

    @Option(help: ArgumentHelp("与控制台 / 相同的关键字查找：工单号、95598 号、电话（或尾号）、户号、客户、地址、部门…，空格隔开表示同时满足。",
                               valueName: "WORDS"))
    var find: String?

    @Flag(help: "以 JSON 输出，每张工单一行。")
    var json = false

    @Flag(help: "显示完整电话号码（导出给经理用）：须为所长/值班经理，并记入日志。")
    var unmasked = false

    func validate() throws {
        _ = try chosenSection()
    }

    func run() throws {
        let reading = try OrderReading(dataOptions)
        let sight = try reading.sight(staffOptions)
        let listed = reading.book.orders(in: try chosenSection(), at: reading.now, settings: reading.settings)
        let words = WorkOrderFilter(find ?? "")
        let orders = sight.visible(listed).filter { order in
            (department.map { order.leadDepartment == $0 || order.supportingDepartments.contains($0) } ?? true)
                && words.matches(order, settings: reading.settings)
        }
        if unmasked { try recordUnmaskedExport() }
        if orders.isEmpty, !json { print("没有符合条件的工单。") }
        let rows = orders.map { OrderRow($0, reading: reading, unmasked: unmasked) }
        for row in rows { print(json ? JSONLine.encode(row) : row.text) }
        if !json, let pending = Self.pendingIntake(rows) { print(pending) }
    }

    /// 「待归类 1 张，非本所属地 1 张：须协调员先处理」 under the list when it holds any open
    /// one, so a long list does not hide them (JSON rows carry the same flags).
    private static func pendingIntake(_ rows: [OrderRow]) -> String? {
        let unclassified = rows.count { $0.unclassified && WorkOrderStatus(rawValue: $0.status)?.isOpen == true }
        let outside = rows.count { $0.outsideStation && $0.status == WorkOrderStatus.awaitingDispatch.rawValue }
        let parts = [unclassified > 0 ? "待归类 \(unclassified) 张（order classify）" : nil,
                     outside > 0 ? "非本所属地 \(outside) 张（order return-up）" : nil].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "，") + "：须协调员先处理。"
    }

    /// The manager's permission, checked and logged before a single whole number is printed.
    private func recordUnmaskedExport() throws {
        let acting = try Acting(dataOptions, staffOptions)
        let export = ["order list", section.map { "--section \($0)" }, department.map { "--department \($0)" }, json ? "--json" : nil]
            .compactMap { $0 }.joined(separator: " ")
        let catalog = acting.files.catalog
        let actor = acting.engine.actor
        _ = try acting.perform(now: acting.now) { state, _ throws(HallRefusal) in
            try decideUnmaskedExport(export, state: state, catalog: catalog, actor: actor)
        }
    }

    private func chosenSection() throws -> WorkOrderSection {
        try section.map { try WorkOrderSection.parse($0, option: "--section") } ?? .all
    }
}
