import HallStore

/// The doctor's findings for people: one line per check with its level in words (the
/// meaning never rests on a symbol or a colour), the fix indented under it, a verdict last.
enum DoctorText {
    static func render(_ findings: [DoctorFinding], folder: String) -> String {
        var lines = ["数据目录 \(folder) 体检结果："]
        for finding in findings {
            lines.append("[\(finding.level.chineseName)] \(finding.check)：\(finding.detail)")
            if let fix = finding.fix, finding.level != .ok { lines.append("        修复：\(fix)") }
        }
        let problems = findings.count { $0.level == .problem }
        let warnings = findings.count { $0.level == .warning }
        lines.append(problems + warnings == 0 ? "结论：全部正常。" : "结论：\(problems) 个问题，\(warnings) 个警告。")
        return lines.joined(separator: "\n")
    }
}
