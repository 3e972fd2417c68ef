import Foundation
import Glibc
import HallDomain

/// The staff's logins reach hall data only through the setuid `halldesk`, which masks
/// customers' numbers by role and logs unmasked reads. A login in the data folder's group
/// (0750/0640) reads `events.log` with `cat` instead: every phone and ID number in full,
/// unlogged. The folder's group is for the service account and auditors; the roster's
/// logins must not be in it. Root reads everything anyway and is not named.
public enum DirectReaderCheck {
    public static func run(folder: DataFolder) -> DoctorFinding {
        var info = stat()
        guard stat(folder.url.path, &info) == 0 else {
            return DoctorFinding(check: "直接读取", key: "readers", level: .problem, detail: "无法查看数据目录 \(folder.url.path) 的属组")
        }
        let roster: Roster
        do {
            roster = try SeedStaff.load(folder.seedsURL.appendingPathComponent("staff.toml"))
        } catch {
            return DoctorFinding(check: "直接读取", key: "readers", level: .warning, detail: "人员名单读不出，未能检查：\(error.description)")
        }
        let group = groupName(info.st_gid)
        let readers = roster.members.compactMap(\.login).filter { isInGroup($0, gid: info.st_gid) }.sorted()
        guard !readers.isEmpty else {
            return DoctorFinding(check: "直接读取", key: "readers", level: .ok,
                                 detail: "名单上的登录名都不在数据目录的组 \(group) 里，只能经 halldesk 按角色读取")
        }
        return DoctorFinding(
            check: "直接读取", key: "readers", level: .problem,
            detail: "登录名 \(readers.joined(separator: "、")) 在数据目录的组 \(group) 里，可绕过 halldesk 直接读日志里客户的完整电话和证件号（不留记录）",
            fix: "把数据目录的组换成只含服务账户和审计员的组（chgrp -R 该组 '\(folder.url.path)'），或把这些登录名移出组 \(group)（gpasswd -d 登录名 \(group)）"
        )
    }

    /// Whether `login` (not root) has `gid` as its primary group or is listed in it.
    private static func isInGroup(_ login: String, gid: gid_t) -> Bool {
        guard let user = getpwnam(login)?.pointee, user.pw_uid != 0 else { return false }
        if user.pw_gid == gid { return true }
        guard let entry = getgrgid(gid)?.pointee, var member = entry.gr_mem else { return false }
        while let name = member.pointee {
            if String(cString: name) == login { return true }
            member += 1
        }
        return false
    }

    private static func groupName(_ gid: gid_t) -> String {
        getgrgid(gid).map { String(cString: $0.pointee.gr_name) } ?? "gid \(gid)"
    }
}
