import ArgumentParser
import HallDomain
import HallSession

struct OrderCategoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "categories",
        abstract: "诉求分类及其主管部门（谁主管、谁处理）：派单缺省派给主管部门主办。",
        discussion: """
        分类和主管部门见数据目录的 seeds/work-order-categories.toml（owner）。没有主管部门的分类由所长和协调员\
        按具体情况指定主办部门；主管部门在人员名单里没有经办人的，这里会注明，派单前请管理员在 staff.toml 中补充。
        """
    )

    @OptionGroup var dataOptions: DataOptions
    /// Accepted so a script can pass `--staff` to every `order` sub-command alike.
    @OptionGroup var staffOptions: StaffOptions

    @Flag(help: "以 JSON 输出，每个分类一行。")
    var json = false

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let settings = try files.workOrderSettings()
        let handled = Set(files.roster.members.compactMap(\.handledDepartment))
        for category in settings.categories {
            let row = CategoryRow(category, handled: handled)
            print(json ? JSONLine.encode(row) : row.text)
        }
    }
}

/// One category as `order categories` prints it.
struct CategoryRow: Encodable {
    var code: String
    var name: String
    var major: Bool
    var owner: String?
    /// False when the owner has no handler on the roster: dispatch to it would be refused.
    var ownerOnRoster: Bool?

    init(_ category: WorkOrderCategory, handled: Set<String>) {
        code = category.code
        name = category.name
        major = category.major
        owner = category.owner
        ownerOnRoster = category.owner.map(handled.contains)
    }

    /// 「TD  停电  → 配电运维班」.
    var text: String {
        let who = owner.map { ownerOnRoster == false ? "\($0)（名单中没有该部门的经办人）" : $0 } ?? "（无主管部门，由所长和协调员指定）"
        return "\(code)  \(name)\(major ? "【重大】" : "")  → \(who)"
    }
}
