import Foundation
import HallStore
import PostgresNIO

/// What `halldesk doctor` checks of a hall kept in PostgreSQL: the connection, the schema's
/// version, that the append-only promise holds for this login (its grants, the triggers),
/// and how long a follower takes to hear of a new record. Reads only: the lag is measured
/// with a notification, never a record.
public enum PostgresDoctor {
    public static func run(endpoint: PostgresEndpoint, hall: String, place: String) -> [DoctorFinding] {
        let store = PostgresEventStore(endpoint: endpoint, hall: hall, timeZone: .current, pollInterval: 600)
        defer { store.close() }
        do throws(LogFailure) {
            _ = try store.link.connected()
        } catch {
            return [DoctorFinding(check: "数据库连接", key: "database", level: .problem, detail: "连不上\(place)：\(error.message)",
                                  fix: "检查 PostgreSQL 服务是否在运行，以及数据目录里 store.toml 的地址、用户名和数据库名")]
        }
        var findings = [DoctorFinding(check: "数据库连接", key: "database", level: .ok, detail: "已连上\(place)")]
        let installed = try? PostgresSchema.installedVersion(store.link)
        guard let version = installed ?? nil, version == PostgresSchema.version else {
            findings.append(DoctorFinding(
                check: "表结构版本", key: "schema", level: .problem,
                detail: (installed ?? nil).map { "数据库里的表结构是第 \($0) 版，本程序需要第 \(PostgresSchema.version) 版" } ?? "数据库里没有 HallDesk 的表",
                fix: "由数据库所有者运行 halldesk init --store … --hall … --install"))
            return findings
        }
        findings.append(DoctorFinding(check: "表结构版本", key: "schema", level: .ok, detail: "第 \(version) 版"))
        findings.append(grants(store.link))
        findings.append(lag(store, endpoint: endpoint, hall: hall))
        return findings
    }

    /// INSERT and SELECT for this login, UPDATE and DELETE refused by the triggers whoever asks;
    /// SELECT alone is the bureau's read-only login, enough for `bureau` and `--all-halls`.
    private static func grants(_ link: PostgresLink) -> DoctorFinding {
        let query: PostgresQuery = """
            SELECT has_table_privilege('records', 'INSERT') AND has_table_privilege('records', 'SELECT')
                   AND has_table_privilege('snapshots', 'INSERT') AND has_table_privilege('snapshots', 'SELECT'),
                   has_table_privilege('records', 'SELECT') AND has_table_privilege('snapshots', 'SELECT'),
                   has_table_privilege('records', 'UPDATE') OR has_table_privilege('records', 'DELETE'),
                   (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'records'::regclass AND tgenabled <> 'D'
                        AND tgname IN ('records_append_only', 'records_no_truncate'))::bigint
            """
        guard let row = try? link.run(query).first, let (writes, reads, changes, triggers) = try? row.decode((Bool, Bool, Bool, Int).self) else {
            return DoctorFinding(check: "只追加权限", key: "grants", level: .problem, detail: "读不出本登录的权限")
        }
        if !writes, reads, !changes {
            return DoctorFinding(check: "只追加权限", key: "grants", level: .warning,
                                 detail: "本登录只能读取（\(PostgresSchema.bureauRole) 角色）：区局协调（halldesk bureau、report month --all-halls）够用，"
                                    + "但在这里办理业务的控制台写不进记录",
                                 fix: "营业厅的控制台请改用 \(PostgresSchema.consoleRole) 角色成员的登录名")
        }
        guard writes else {
            return DoctorFinding(check: "只追加权限", key: "grants", level: .problem, detail: "本登录不能写入或读取记录表",
                                 fix: "由数据库所有者运行：GRANT \(PostgresSchema.consoleRole) TO 本登录名")
        }
        guard triggers == 2 else {
            return DoctorFinding(check: "只追加权限", key: "grants", level: .problem, detail: "记录表上拒绝修改和删除的触发器缺失或被停用",
                                 fix: "由数据库所有者重新安装：halldesk init --store … --hall … --install")
        }
        if changes {
            return DoctorFinding(check: "只追加权限", key: "grants", level: .warning,
                                 detail: "本登录有修改、删除记录的权限（触发器仍会拒绝）：控制台应以 \(PostgresSchema.consoleRole) 角色的成员登录",
                                 fix: "在 store.toml 里改用只属于 \(PostgresSchema.consoleRole) 的登录名")
        }
        return DoctorFinding(check: "只追加权限", key: "grants", level: .ok, detail: "本登录只能新增和读取记录，修改和删除由触发器拒绝")
    }

    /// How long a follower of this hall takes to be woken after a commit: a notification
    /// sent on another connection, as an append's would be.
    private static func lag(_ store: PostgresEventStore, endpoint: PostgresEndpoint, hall: String) -> DoctorFinding {
        guard let follower = store.follow(after: (try? store.head()) ?? .empty) as? PostgresFollower, (try? follower.poll()) != nil else {
            return DoctorFinding(check: "跟随延迟", key: "lag", level: .warning, detail: "无法开始跟随本营业厅的记录")
        }
        let sender = PostgresLink(endpoint)
        defer { sender.close() }
        let sent = Date()
        guard (try? sender.run("SELECT pg_notify(\(PostgresSchema.channel), \(hall))")) != nil, follower.waitForNews(timeout: 2) else {
            return DoctorFinding(check: "跟随延迟", key: "lag", level: .warning, detail: "2 秒内没有收到数据库的通知：各终端只能靠每秒一次的轮询看到新记录",
                                 fix: "检查数据库与本机之间的网络和数据库服务器的负载")
        }
        let ms = Int(Date().timeIntervalSince(sent) * 1000)
        let level: DoctorFinding.Level = ms <= 300 ? .ok : .warning
        return DoctorFinding(check: "跟随延迟", key: "lag", level: level, detail: "新记录 \(ms) 毫秒后通知到各终端（目标 300 毫秒内）",
                             fix: level == .ok ? nil : "检查数据库服务器的负载和网络延迟")
    }
}
