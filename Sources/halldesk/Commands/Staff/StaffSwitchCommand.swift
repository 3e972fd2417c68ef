import ArgumentParser
import Foundation
import HallDomain
import HallStore

struct StaffSwitchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switch",
        abstract: "在共用终端换人：输入员工工号和 PIN，之后本终端可用 --staff 以该员工身份操作。",
        discussion: "连续输错 3 次后须等 30 秒再试，此后每错一次等待时间加倍；每次输错都记入日志。终端名取 $HALLDESK_TERMINAL，缺省为 tty。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Argument(help: ArgumentHelp("换上来的员工工号。", valueName: "ID"))
    var member: String

    func run() throws {
        let files = try HallFiles.open(dataOptions)
        let now = try ScriptClock.now(in: files.timeZone)
        let identity = Identity.current(roster: files.roster)
        guard let target = files.roster.member(id: member) else {
            throw fail("工号 \(member) 不在人员名单里。")
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
        let atTerminal = identity.member ?? StaffMember(id: identity.actor, name: identity.login, roles: [], department: nil, login: identity.login)
        let engine: HallEngine
        do {
            engine = try HallEngine(folder: files.folder, catalog: files.catalog, actor: atTerminal, terminal: identity.terminal)
        } catch {
            throw fail(error.message)
        }
        let recorded: [RecordedEvent]
        do {
            recorded = try engine.perform(now: now) { state, at throws(HallRefusal) in try decideSwitch(to: target, check: check, state: state, now: at) }
        } catch {
            throw fail(error.message)
        }
        if case .access(.pinRejected(let rejected))? = recorded.first?.event { throw fail(rejected.message) }
        print("已换人：本终端（\(identity.terminal)）现由 \(target.name)（\(target.id)）操作，可用 --staff \(target.id)。")
    }
}
