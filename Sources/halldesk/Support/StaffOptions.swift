import ArgumentParser
import HallDomain

/// `--staff ID`: who acts, for scripts and tests that play several people on one
/// machine. Without it, the Unix login's roster entry acts.
struct StaffOptions: ParsableArguments {
    @Option(help: ArgumentHelp("以哪位员工的身份操作（工号）。缺省按当前 Unix 登录名在人员名单里查找。", valueName: "ID"))
    var staff: String?

    /// The member named by `--staff`, else the login's; nil when the login is not on the
    /// roster. A `--staff` id missing from the roster is an error, not a silent fallback.
    func member(in roster: Roster, identity: Identity) throws -> StaffMember? {
        guard let id = staff else { return identity.member }
        guard let found = roster.member(id: id) else {
            throw fail("工号 \(id) 不在人员名单（seeds/staff.toml）里。")
        }
        return found
    }
}
