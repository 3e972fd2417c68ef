import ArgumentParser
import Foundation
import TermUI

/// `halldesk bureau`: the bureau coordinator's view across the halls of one database
/// (区局/供电局协调), full screen; `status` and `orders` print the same figures for scripts.
/// It reads and never writes: a login of the SELECT-only `halldesk_bureau` role is enough.
struct BureauCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bureau",
        abstract: "区局协调：同一数据库里各营业厅的等候、未办结工单（逾期/预警/正常）、未确认升级和最后记录时间；只读。",
        discussion: """
            数据目录须有 store.toml（日志在 PostgreSQL 里），其中的登录名只需 halldesk_bureau 角色（只能读取）。\
            各营业厅按本数据目录的规则（日历、时限、业务目录）计算：同一区局的营业厅共用省公司的规则。\
            不带子命令时全屏显示：↑↓ 选营业厅，Enter 看该厅未办结工单（按该厅工单协调的顺序），Esc 返回，q 退出；\
            没有任何操作键，处理工单请在各营业厅自己的控制台。一小时以上没有新记录的营业厅标为「停滞」。
            """,
        subcommands: [BureauStatusCommand.self, BureauOrdersCommand.self]
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("主题：themes/ 下的文件名（standard、monochrome、ascii）。", valueName: "NAME"))
    var theme: String?

    func run() throws {
        let reading = try BureauReading(dataOptions)
        let chosenTheme: Theme
        do {
            chosenTheme = try ThemeChoice.load(named: theme)
        } catch {
            throw fail(error.description)
        }
        var loop = BureauLoop(reading: reading)
        loop.run(theme: chosenTheme)
    }
}
