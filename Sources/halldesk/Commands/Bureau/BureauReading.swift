import Foundation
import HallConsole
import HallDomain
import HallPostgres
import HallSession
import HallStore

/// What `halldesk bureau` and its `status` and `orders` read, by the same code: every hall
/// of the database the data folder's `store.toml` names (`BureauWatch`), measured with the
/// folder's rules — the calendar, deadlines and catalog a bureau's halls share.
struct BureauReading {
    let files: HallFiles
    let settings: WorkOrderSettings
    let watch: BureauWatch
    let now: () throws -> Date

    init(_ data: DataOptions) throws {
        files = try HallFiles.open(data)
        guard !files.store.isFile, let stored = try? StoreSettings.load(files.folder) else {
            throw fail("区局协调只用于日志在 PostgreSQL 数据库里的数据目录（有 store.toml）：本目录的日志是 \(files.store.place)，只有一个营业厅。"
                       + "请在区局的数据目录里运行（halldesk init --store postgres://… --hall 区局），各营业厅的操作在各自的控制台里做。")
        }
        settings = try files.workOrderSettings()
        let endpoint = try PostgresAddress.endpoint(stored.url)
        do throws(LogFailure) {
            watch = try BureauWatch(endpoint: endpoint, timeZone: files.timeZone)
        } catch {
            throw fail("读不出数据库 \(PostgresAddress.shown(endpoint)) 里的营业厅：\(error.message)")
        }
        let files = files
        now = { try ScriptClock.now(in: files.timeZone, folder: files.folder) }
        _ = try now()
    }

    /// The heading of the screen and the text: the database the halls are in.
    var title: String { watch.endpoint.database }

    func standings(at now: Date) -> [HallStanding] {
        watch.standings(catalog: files.catalog, settings: settings, now: now)
    }

    /// The open orders of the hall named `name`, most urgent first; an unknown name ends the
    /// command with the halls the database holds.
    func orders(of name: String, at now: Date) throws -> [BureauOrderLine] {
        guard let replica = watch.replica(of: name) else {
            let known = watch.halls.map(\.name)
            throw fail("数据库里没有营业厅「\(ArgumentQuote.short(name))」。"
                       + (known.isEmpty ? "数据库里还没有任何营业厅的记录。" : "已有的营业厅：\(known.joined(separator: "、"))。"))
        }
        return BureauOrderLine.lines(replica.state, settings: settings, now: now)
    }
}
