import ArgumentParser

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "人员与权限：权限表、设置 PIN、在共用终端换人。",
        discussion: """
        操作人取当前 Unix 登录名在人员名单（staff.toml 的 login）里对应的人员。共用终端（如门口导引台）\
        用 staff switch 输入工号和 PIN 换人，之后本终端可用 --staff 指定该员工。
        """,
        subcommands: [StaffPermissionsCommand.self, StaffSetPinCommand.self, StaffSwitchCommand.self]
    )
}
