import Foundation

/// Room left for the log, in days at the rate the log has grown: a number someone can plan
/// with. Under a month is a warning, under a day (or under the console's own threshold)
/// a problem, because the consoles will soon refuse every action.
public enum DiskSpaceCheck {
    public static let warningDays = 30.0

    /// Measures the data folder's disk and its log: free space, size, and the days between
    /// the first and the last record.
    public static func run(folder: DataFolder) -> DoctorFinding {
        let size = (try? FileManager.default.attributesOfItem(atPath: folder.logURL.path)[.size] as? NSNumber)?.uint64Value ?? 0
        var first: Date?
        var last: Date?
        try? LogFollower(url: folder.logURL).poll { record in
            if first == nil { first = record.time }
            last = record.time
        }
        let days = first.flatMap { start in last.map { $0.timeIntervalSince(start) / 86_400 } } ?? 0
        return run(folder: folder.url, free: LogHealth.freeBytes(at: folder.url), logBytes: size, days: days)
    }

    /// - Parameters:
    ///   - logBytes, days: the log's size and the days between its first and last record,
    ///     for the rate; a log younger than a day counts as one day.
    public static func run(folder: URL, free: UInt64?, logBytes: UInt64, days: Double) -> DoctorFinding {
        guard let free else {
            return DoctorFinding(check: "磁盘空间", key: "disk", level: .warning, detail: "无法读取 \(folder.path) 所在磁盘的剩余空间",
                                 fix: "运行 df -h '\(folder.path)' 查看")
        }
        let perDay = Double(logBytes) / max(1, days)
        let left = perDay > 0 ? Double(free) / perDay : .infinity
        let rate = perDay > 0 ? "，按日志近来每天约 \(size(UInt64(perDay))) 的增长约可用 \(left.isFinite ? "\(Int(left)) 天" : "很久")" : ""
        let detail = "剩余 \(size(free))\(rate)"
        let fix = "清理 \(folder.path) 所在磁盘或扩容（df -h '\(folder.path)' 查看占用）"
        if free < LogHealth.minimumFreeBytes * 16 || left < 1 {
            return DoctorFinding(check: "磁盘空间", key: "disk", level: .problem, detail: detail + "：终端即将拒绝一切操作", fix: fix)
        }
        if left < warningDays {
            return DoctorFinding(check: "磁盘空间", key: "disk", level: .warning, detail: detail + "，不足 \(Int(warningDays)) 天", fix: fix)
        }
        return DoctorFinding(check: "磁盘空间", key: "disk", level: .ok, detail: detail)
    }

    static func size(_ bytes: UInt64) -> String {
        switch bytes {
        case ..<(1 << 20): "\(bytes / 1024) KiB"
        case ..<(1 << 30): "\(bytes >> 20) MiB"
        default: String(format: "%.1f GiB", Double(bytes) / Double(1 << 30))
        }
    }
}
