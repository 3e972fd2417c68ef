/// The roster file (`seeds/staff.toml`) a writer started with is not the one the log last
/// recorded: who was added, who removed, whose roles, department or login changed, and the
/// SHA-256 of the file now. Recorded before anything is written under the new roster, so
/// the log says when someone gained a role or a login was mapped to an admin. An edit that
/// changes no one's rights (a comment, a name) still records the new hash, with no members.
public struct RosterChanged: EventBody {
    public static let type = "rosterChanged"
    public static let version = 1

    /// Lowercase hex SHA-256 of `staff.toml`'s bytes.
    public var sha256: String
    public var added: [RosterEntry]
    /// The ids no longer on the roster.
    public var removed: [String]
    /// Members still on the roster, as they are now.
    public var changed: [RosterEntry]

    public init(sha256: String, added: [RosterEntry], removed: [String], changed: [RosterEntry]) {
        self.sha256 = sha256
        self.added = added
        self.removed = removed
        self.changed = changed
    }

    /// 「名单变更：新增 M02；移除 G02；变更 C01（clerk、coordinator）」, for the event log pane.
    public var summary: String {
        func entry(_ member: RosterEntry) -> String { "\(member.id)（\(member.roles.joined(separator: "、"))）" }
        let parts = [
            added.isEmpty ? nil : "新增 " + added.map(entry).joined(separator: "、"),
            removed.isEmpty ? nil : "移除 " + removed.joined(separator: "、"),
            changed.isEmpty ? nil : "变更 " + changed.map(entry).joined(separator: "、"),
        ].compactMap { $0 }
        return "人员名单变更（SHA-256 \(sha256.prefix(12))…）：" + (parts.isEmpty ? "人员与权限未变" : parts.joined(separator: "；"))
    }
}
