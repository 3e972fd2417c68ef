import Foundation

/// The log's records and hash chain, as `halldesk log verify` checks them.
public enum ChainCheck {
    public static func run(_ report: VerifyReport, log url: URL) -> DoctorFinding {
        switch report.verdict {
        case .valid where report.recordCount == 0:
            return DoctorFinding(check: "日志哈希链", key: "chain", level: .ok, detail: "日志为空，尚无记录可核对")
        case .valid:
            return DoctorFinding(check: "日志哈希链", key: "chain", level: .ok,
                                 detail: "\(report.recordCount) 条记录逐条核对通过，头记录 \(report.head.seq):\(report.head.hash.prefix(12))…",
                                 fix: nil)
        case .tornTail:
            return DoctorFinding(check: "日志哈希链", key: "chain", level: .warning, detail: report.message,
                                 fix: "打开任一终端或执行一次操作，写入方会把残缺的末尾移入 quarantine/ 并记录修复")
        case .corrupt, .unreadable:
            return DoctorFinding(check: "日志哈希链", key: "chain", level: .problem, detail: report.message,
                                 fix: "不要手工修改日志；保留现场，联系管理员用 halldesk log verify --data '\(url.deletingLastPathComponent().path)' 和备份核查")
        }
    }
}
