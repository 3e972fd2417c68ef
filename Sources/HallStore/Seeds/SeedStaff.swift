import Foundation
import Glibc
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
        try roster(SeedTOML.decode(File.self, from: url), name: url.lastPathComponent)
    }

    /// The roster in `url` and the SHA-256 of the very bytes it was read from, which the
    /// log records when it changes (`decideRosterCheck`); nil when there is no such file
    /// (a folder made by a test with only a log).
    public static func fingerprinted(_ url: URL) throws(SeedError) -> (roster: Roster, sha256: String)? {
        let bytes: [UInt8]
        do throws(LogFailure) {
            let file = try OpenFile.open(url.path, flags: O_RDONLY | O_NOFOLLOW)
            defer { file.close() }
            bytes = try file.read(from: 0, to: try file.size())
        } catch .missing {
            return nil
        } catch {
            throw SeedError(file: url.lastPathComponent, problem: "无法读取（\(error.message)）")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SeedError(file: url.lastPathComponent, problem: "不是 UTF-8 编码")
        }
        let roster = try roster(SeedTOML.decode(File.self, text: text, name: url.lastPathComponent), name: url.lastPathComponent)
        return (roster, Hex.sha256(bytes))
    }

    private static func roster(_ file: File, name: String) throws(SeedError) -> Roster {
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
            if roles.contains(.departmentHead), entry.department?.isEmpty ?? true {
                throw SeedError(file: name, problem: "工号 \(entry.id) 是部门负责人，必须写 department（负责哪个部门）")
            }
            members.append(StaffMember(id: entry.id, name: entry.name, roles: roles, department: entry.department, login: entry.login))
        }
        return Roster(members: members)
    }
}
