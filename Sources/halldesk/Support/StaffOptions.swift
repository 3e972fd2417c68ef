import ArgumentParser
import HallDomain

/// `--staff ID`: who acts. The Unix login's roster entry acts by default; `--staff` may
/// name someone else only where the log or the roster vouches for it:
/// - the login's own member (harmless, and what scripts written for one person do);
/// - any member when the login's member is an admin: scripts, training set-ups and the
///   test suite (which runs as root, mapped to the admin in `staff.toml`) play several
///   people on one machine, and an admin can change the roster's logins anyway;
/// - the member who switched in on this terminal with their PIN (`halldesk staff switch`).
struct StaffOptions: ParsableArguments {
    @Option(help: ArgumentHelp("以哪位员工的身份操作（工号）。缺省按当前 Unix 登录名在人员名单里查找；指定他人须先在本终端用 halldesk staff switch 输入该员工的 PIN。", valueName: "ID"))
    var staff: String?

    /// The member who acts, or nil when the login is not on the roster and no `--staff` is
    /// given. The log is read for who switched in on this terminal only when it is needed.
    func member(in files: HallFiles, identity: Identity) throws -> StaffMember? {
        guard let id = staff else { return identity.member }
        guard let found = files.roster.member(id: id) else {
            throw fail("工号 \(id) 不在人员名单（seeds/staff.toml）里。")
        }
        if identity.member?.id == id || identity.member?.roles.contains(.admin) == true
            || files.memberSwitchedIn(at: identity.terminal) == id {
            return found
        }
        let me = identity.member.map { "\($0.name)（\($0.id)）" } ?? "登录名 \(identity.login)"
        throw fail("\(me) 不能以 \(id) 的身份操作：--staff 只能指定本人。共用终端请先运行 halldesk staff switch \(id) 并输入该员工的 PIN。")
    }
}
