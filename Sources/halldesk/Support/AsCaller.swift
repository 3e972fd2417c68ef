import Glibc

/// Runs `body` with the file-system identity of whoever ran halldesk (the real uid and gid)
/// rather than the service account the binary is setuid to. For files the caller names
/// (report exports, a 95598 export to import, an arrivals trace): those must be files the
/// caller may write or read themselves. As the service account, `report month --md
/// DATA/events.log` from any login of the hall's group replaced the live log, and an import
/// could read what only the service account may.
///
/// The effective uid is set back to the real one for the call (allowed: it is the real
/// uid) and to the service account afterwards (allowed: it is the saved set-user-ID). The
/// binary is not setgid, so the group needs no change.
enum AsCaller {
    static func run<T>(_ body: () throws -> T) throws -> T {
        let real = getuid(), effective = geteuid()
        guard real != effective else { return try body() }
        guard seteuid(real) == 0 else {
            throw fail("无法以本人（uid \(real)）的身份访问所指定的文件，什么也没有读写。请联系系统管理员检查 halldesk 的安装。")
        }
        defer { _ = seteuid(effective) }
        return try body()
    }
}
