import ArgumentParser

/// `--staff ID`: who acts, for scripts and tests that play several people on one
/// machine. Without it, the Unix login's roster entry acts.
struct StaffOptions: ParsableArguments {
    @Option(help: ArgumentHelp("以哪位员工的身份操作（工号）。缺省按当前 Unix 登录名在人员名单里查找。", valueName: "ID"))
    var staff: String?
}
