/// The permission matrix as a Markdown table, one row per action and one column per role:
/// what `halldesk staff permissions` prints and `docs/permissions.md` holds (a test keeps
/// the file equal to this, so the document cannot drift from the rules).
public enum PermissionTable {
    public static func markdown() -> String {
        var lines = ["| 操作 | action | " + Role.allCases.map { "\($0.chineseName) (\($0.rawValue))" }.joined(separator: " | ") + " |",
                     "|---|---|" + Role.allCases.map { _ in "---|" }.joined()]
        for action in Action.allCases {
            let grants = PermissionMatrix.grants(action)
            let cells = Role.allCases.map { role in
                grants[role].map { $0 == .anywhere ? "✓" : "✓ \($0.chineseName)" } ?? ""
            }
            lines.append("| \(action.chineseName) | `\(action.rawValue)` | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
