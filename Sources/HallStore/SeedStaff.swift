import Foundation
import HallDomain

/// `staff.toml` as written by people, checked and turned into a `Roster`.
public enum SeedStaff {
    private struct File: Decodable {
        var staff: [Member]
    }

    private struct Member: Decodable {
        var id: String
        var name: String
        var roles: [String]
        var department: String?
        var login: String?
    }

    public static func load(_ url: URL) throws(SeedError) -> Roster {
        let file = try SeedTOML.decode(File.self, from: url)
        let name = url.lastPathComponent
        var members: [StaffMember] = []
        var seenIDs = Set<String>(), seenLogins = Set<String>()
        for entry in file.staff {
            guard !entry.id.isEmpty, entry.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                throw SeedError(file: name, problem: "工号「\(entry.id)」只能由字母和数字组成")
            }
            guard seenIDs.insert(entry.id).inserted else {
                throw SeedError(file: name, problem: "工号 \(entry.id) 出现了两次")
            }
            if let login = entry.login, !seenLogins.insert(login).inserted {
                throw SeedError(file: name, problem: "登录名 \(login) 分给了两个人")
            }
            var roles: [Role] = []
            for text in entry.roles {
                guard let role = Role(rawValue: text) else {
                    let known = Role.allCases.map(\.rawValue).joined(separator: "、")
                    throw SeedError(file: name, problem: "工号 \(entry.id) 的角色「\(text)」不认识，可用：\(known)")
                }
                roles.append(role)
            }
            guard !roles.isEmpty else {
                throw SeedError(file: name, problem: "工号 \(entry.id) 没有任何角色")
            }
            if roles.contains(.department), entry.department?.isEmpty ?? true {
                throw SeedError(file: name, problem: "工号 \(entry.id) 是专业部门经办人，必须写 department")
            }
            members.append(StaffMember(id: entry.id, name: entry.name, roles: roles, department: entry.department, login: entry.login))
        }
        return Roster(members: members)
    }
}
