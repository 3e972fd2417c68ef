import ArgumentParser
import Foundation
import HallDomain
import HallPostgres
import HallStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "按 seeds/ 建立一个新营业厅的数据目录。",
        discussion: """
            目录权限 0750，文件 0640。目录已存在且不为空时拒绝，不会覆盖任何东西。
            加 --store postgres://… --hall 名字 时，日志放在 PostgreSQL 数据库里（数据目录里写 store.toml，不建 events.log）；\
            多台机器各自 init 一个数据目录、填同一个地址和营业厅名，就共用一个营业厅。\
            数据库所有者第一次还要加 --install 安装表结构、只追加触发器、halldesk_console 角色（控制台：只能新增和读取）\
            和 halldesk_bureau 角色（区局协调：只能读取；已安装的数据库再运行一次 --install 即可补上）。
            同一数据库可存多个营业厅，各自一条记录链；区局的数据目录用 halldesk_bureau 成员的登录名，--hall 随意取名（如 区局），\
            它不写记录，不会成为一个营业厅。
            """
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("起步用的 seeds 目录。缺省为程序所在检出目录里的 seeds/。", valueName: "DIR"))
    var seeds: String?

    @Flag(help: "建立练习、测试或演示用的数据目录：只有这样的目录接受环境变量 HALLDESK_NOW（指定时间）与 HALLDESK_TERMINAL（指定终端名）。正式营业厅不要用。")
    var practice = false

    @Option(help: ArgumentHelp("把日志放在这个 PostgreSQL 数据库里，例如 postgres://用户名@/数据库名?host=/var/run/postgresql。", valueName: "URL"))
    var store: String?

    @Option(help: ArgumentHelp("本营业厅在数据库里的名字（与 --store 一起用）。", valueName: "NAME"))
    var hall: String?

    @Flag(help: "以数据库所有者身份安装（或重装）HallDesk 的表结构、只追加触发器和 halldesk_console、halldesk_bureau 角色（与 --store 一起用）。")
    var install = false

    func run() throws {
        let settings = try storeSettings()
        try Self.create(dataOptions.folder, seeds: seeds, practice: practice, store: settings)
        let kind = practice ? "练习用的数据目录" : "数据目录"
        print("已建立\(kind) \(dataOptions.folder.path)。打开控制台：halldesk --data \(dataOptions.folder.path)")
    }

    /// Checks the seeds load before anything is created (the catalog, `hall.toml`'s
    /// `[clock]`, `notices.toml`, and the calendars and work-order settings every work-order command needs),
    /// so a broken seed file is named now and leaves no half-made folder behind.
    static func create(_ url: URL, seeds: String?, practice: Bool, store: StoreSettings? = nil) throws {
        guard let seedsURL = seeds.map({ URL(fileURLWithPath: $0) }) ?? ResourceLocator.home()?.appendingPathComponent("seeds") else {
            throw fail("找不到 seeds 目录。请用 --seeds 指明，或设置 HALLDESK_HOME 为 HallDesk 的检出目录。")
        }
        let catalog: Catalog
        do {
            catalog = try SeedCatalog.load(folder: seedsURL)
            _ = try SeedHallClock.load(seedsURL.appendingPathComponent("hall.toml"))
            _ = try SeedNotices.load(seedsURL.appendingPathComponent("notices.toml"))
            _ = try SeedWorkOrders.load(folder: seedsURL, calendar: try SeedCalendar.load(folder: seedsURL, timeZone: catalog.hall.zone))
        } catch {
            throw fail(error.description)
        }
        let parent = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: parent.path) else {
            throw fail("上级目录 \(parent.path) 不存在。请先建立它（mkdir -p），或换一个数据目录。")
        }
        // The hall's database must answer before a folder that names it is made.
        if let store { _ = try PostgresAddress.choice(store, zone: catalog.hall.zone) }
        do {
            _ = try DataFolder.create(at: url, seeds: seedsURL, practice: practice, store: store)
        } catch {
            throw fail(error.message)
        }
    }

    /// The `[store]` table `--store` and `--hall` ask for, the schema installed first with
    /// `--install`; nil for the file log.
    private func storeSettings() throws -> StoreSettings? {
        guard let store else {
            guard hall == nil, !install else { throw fail("--hall 和 --install 只能与 --store 一起用。") }
            return nil
        }
        guard let hall, !hall.isEmpty else {
            throw fail("用 --store 时请用 --hall 写明本营业厅在数据库里的名字（例如 --hall 大良营业厅）。")
        }
        let endpoint = try PostgresAddress.endpoint(store)
        if install {
            do throws(LogFailure) {
                try PostgresSchema.install(at: endpoint)
            } catch {
                throw fail("在 \(PostgresAddress.shown(endpoint)) 安装表结构没有成功：\(error.message) 请用数据库所有者的登录名（地址里的用户名）再试。")
            }
            print("已在 \(PostgresAddress.shown(endpoint)) 安装 HallDesk 表结构（第 \(PostgresSchema.version) 版）。")
        }
        return StoreSettings(url: store, hall: hall)
    }
}
