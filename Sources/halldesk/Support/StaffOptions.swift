import ArgumentParser
import Foundation
import HallDomain
import HallSession

/// `--staff ID`: who acts. The Unix login's roster entry acts by default; `--staff` may
/// name someone else only where the system or the log vouches for it:
/// - the login's own member (harmless, and what scripts written for one person do);
/// - any member when the login's member is an admin: scripts, training set-ups and the
///   test suite (which runs as root, mapped to the admin in `staff.toml`) play several
///   people on one machine. The log then names both (`actedOnBehalf` before the member's
///   records, see `HallEngine.admin`);
/// - the member who switched in with their PIN on this terminal, in this login session,
///   within the hall's `[clock] switch_minutes` (`halldesk staff switch`).
struct StaffOptions: ParsableArguments {
    @Option(help: ArgumentHelp("以哪位员工的身份操作（工号）。缺省按当前 Unix 登录名在人员名单里查找；指定他人须先在本终端用 halldesk staff switch 输入该员工的 PIN。", valueName: "ID"))
    var staff: String?

    /// Who acts, or nil when the login is not on the roster and no `--staff` is given.
    /// The log is read for who switched in on this terminal only when it is needed.
    func chosen(in files: HallFiles, identity: Identity, now: Date) throws -> ActingStaff? {
        guard let id = staff else { return identity.member.map { ActingStaff(member: $0) } }
        guard let found = files.roster.member(id: id) else {
            throw fail("工号 \(ArgumentQuote.short(id)) 不在人员名单（seeds/staff.toml）里。")
        }
        if identity.member?.id == id || files.memberSwitchedIn(for: identity, now: now) == id {
            return ActingStaff(member: found)
        }
        if let admin = identity.member, admin.roles.contains(.admin) {
            return ActingStaff(member: found, admin: admin)
        }
        let me = identity.member.map { "\($0.name)（\($0.id)）" } ?? "登录名 \(identity.login)（不在人员名单里）"
        let how = identity.onTerminal ? "请先在本终端运行 halldesk staff switch \(ArgumentQuote.short(id)) 并输入该员工的 PIN（换人只在同一登录会话内有效，过时失效）。"
            : "换人须在终端上进行（halldesk staff switch \(ArgumentQuote.short(id))），脚本与管道里不能以他人身份操作。"
        throw fail("\(me) 不能以 \(ArgumentQuote.short(id)) 的身份操作：--staff 只能指定本人。\(how)")
    }
}
