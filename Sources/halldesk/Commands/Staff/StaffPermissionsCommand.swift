import ArgumentParser
import HallDomain

struct StaffPermissionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permissions",
        abstract: "打印权限表：每种操作哪些角色可以做、限于什么范围（Markdown 表格）。",
        discussion: "表格由判定规则本身生成，docs/permissions.md 即此输出。"
    )

    func run() {
        print(PermissionTable.markdown(), terminator: "")
    }
}
