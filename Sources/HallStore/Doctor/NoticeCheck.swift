import Foundation

/// Whether seeds/notices.toml could send on this machine: it reads, and its sender is an
/// executable here. Only the box that runs `halldesk notify` needs the gateway command, so
/// a missing one is a warning; messages given up (in `outbox/failed/`) are one too.
public enum NoticeCheck {
    public static func run(_ loading: Result<NoticeConfig?, SeedError>, outbox: Outbox) -> DoctorFinding {
        let config: NoticeConfig
        switch loading {
        case .failure(let error):
            return finding(.problem, "短信提醒设置有误：\(error.description)", fix: "改正数据目录 seeds/notices.toml（见 docs/notices.md）")
        case .success(nil):
            return finding(.ok, "未配置短信提醒：不给客户发短信")
        case .success(let loaded?):
            config = loaded
        }
        let program = config.sender[0]
        guard FileManager.default.isExecutableFile(atPath: program) else {
            return finding(.warning, "本机没有可执行的短信网关命令 \(program)：本机不能运行 halldesk notify（其他终端可不理）",
                           fix: "在发短信的那台机器上安装网关命令，或改 seeds/notices.toml 的 sender")
        }
        let givenUp = ((try? FileManager.default.contentsOfDirectory(atPath: outbox.failedURL.path)) ?? []).filter { $0.hasSuffix(".txt") }
        guard givenUp.isEmpty else {
            return finding(.warning, "\(givenUp.count) 条提醒未能发出（已放弃或已过时），在 outbox/failed/",
                           fix: "用 halldesk notice list 查看原因；检查短信网关后，过期的文件可删除")
        }
        return finding(.ok, "短信网关命令 \(program) 可执行")
    }

    private static func finding(_ level: DoctorFinding.Level, _ detail: String, fix: String? = nil) -> DoctorFinding {
        DoctorFinding(check: "客户短信提醒", key: "notices", level: level, detail: detail, fix: fix)
    }
}
