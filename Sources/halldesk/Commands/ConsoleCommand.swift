import ArgumentParser

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "打开全屏控制台（不带子命令时的默认动作）。",
        discussion: "数据目录不存在时先按 seeds/ 建立。按 ? 看帮助，Tab 切换窗格，q 退出。"
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try options.run(start: .home)
    }
}

struct GuideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guide",
        abstract: "打开导引台：查业务、核对资料、发号或出具一次性告知单、门口解答。"
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try options.run(start: .guide)
    }
}

struct ManagerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manager",
        abstract: "打开现场看板：各队等候、各窗口状态、今日到厅与告警。"
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try options.run(start: .manager)
    }
}

struct CounterConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "打开某个窗口的叫号台（halldesk counter 3 即可）。"
    )

    @OptionGroup var options: ConsoleOptions

    @Argument(help: "窗口号。")
    var number: Int

    func run() throws {
        try options.run(start: .counter, counter: number)
    }
}

struct CoordinatorConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coordinator",
        abstract: "打开工单协调台：待派、处理中、临期、超期、待审核、待回访、待定责，派单、催办、审核、回访、定责。"
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try options.run(start: .coordinator)
    }
}

struct DepartmentConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "department",
        abstract: "打开本部门的工单台（专业部门经办人）：接单、联系客户、记录进展、答复、申请回退。"
    )

    @OptionGroup var options: ConsoleOptions

    func run() throws {
        try options.run(start: .department)
    }
}
