import ArgumentParser
import Foundation
import HallDomain
import HallSession
import HallStore

struct StaffSwitchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switch",
        abstract: "在共用终端换人：输入员工工号和 PIN，之后在本终端（同一登录会话）可用 --staff 以该员工身份操作。",
        discussion: """
        须在终端上运行（管道、脚本里不行）。换人只在本终端的本次登录会话里有效：退出登录或关闭终端即失效，\
        且过了 hall.toml [clock] switch_minutes 分钟（缺省 240）也失效。\
        连续输错 3 次后须等 30 秒再试，此后每错一次等待时间加倍（按本机开机以来的时间计，改系统时钟无用）；每次输错都记入日志。
        """
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("换上来的员工工号。", valueName: "ID"))
    var member: String

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let now = try ScriptClock.now(in: files.timeZone, folder: files.folder)
        let identity = try Identity.current(files: files)
        guard identity.onTerminal else {
            throw fail("换人须在终端上进行：本命令没有控制终端（从管道、脚本或后台运行）。请在要换人的那台终端上直接运行 halldesk staff switch \(ArgumentQuote.short(member))。")
        }
        guard let target = files.roster.member(id: member) else {
            throw fail("工号 \(ArgumentQuote.short(member)) 不在人员名单里。")
        }
        let pin = try PinPrompt.read("\(target.id) 的 PIN：")
        let check: PinCheck
        do {
            check = try PinFile(folder: files.folder).check(pin, for: target.id)
        } catch {
            throw fail(error.message)
        }
        // Whoever is at the terminal writes the record; a login missing from the roster
        // writes as `login:NAME`, as everywhere else.
        let engine: HallEngine
        do {
            engine = try files.engine(for: identity.atTerminal, at: identity.terminal)
        } catch {
            throw fail(error.message)
        }
        let recorded: [RecordedEvent]
        do {
            recorded = try engine.perform(now: now) { state, at throws(HallRefusal) in
                try decideSwitch(to: target, check: check, state: state, now: at, session: identity.session, bootTime: identity.bootTime)
            }
        } catch {
            throw fail(error.message)
        }
        if case .access(.pinRejected(let rejected))? = recorded.first?.event { throw fail(rejected.message) }
        let lasts = Int(files.clock.switchLasts / 60)
        print("已换人：本终端（\(identity.terminal)）现由 \(target.name)（\(target.id)）操作，可用 --staff \(target.id)；\(lasts) 分钟后或退出登录时失效。")
    }
}
