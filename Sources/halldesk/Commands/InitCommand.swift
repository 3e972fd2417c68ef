import ArgumentParser
import Foundation
import HallStore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "按 seeds/ 建立一个新营业厅的数据目录。",
        discussion: "目录权限 0750，文件 0640。目录已存在且不为空时拒绝，不会覆盖任何东西。"
    )

    @OptionGroup var dataOptions: DataOptions

    @Option(help: ArgumentHelp("起步用的 seeds 目录。缺省为程序所在检出目录里的 seeds/。", valueName: "DIR"))
    var seeds: String?

    @Flag(help: "建立练习、测试或演示用的数据目录：只有这样的目录接受环境变量 HALLDESK_NOW（指定时间）与 HALLDESK_TERMINAL（指定终端名）。正式营业厅不要用。")
    var practice = false

    func run() throws {
        try Self.create(dataOptions.folder, seeds: seeds, practice: practice)
        let kind = practice ? "练习用的数据目录" : "数据目录"
        print("已建立\(kind) \(dataOptions.folder.path)。打开控制台：halldesk --data \(dataOptions.folder.path)")
    }

    /// Checks the seeds load before anything is created (the catalog, `hall.toml`'s
    /// `[clock]`, `notices.toml`, and the calendars and work-order settings every work-order command needs),
    /// so a broken seed file is named now and leaves no half-made folder behind.
    static func create(_ url: URL, seeds: String?, practice: Bool) throws {
        guard let seedsURL = seeds.map({ URL(fileURLWithPath: $0) }) ?? ResourceLocator.home()?.appendingPathComponent("seeds") else {
            throw fail("找不到 seeds 目录。请用 --seeds 指明，或设置 HALLDESK_HOME 为 HallDesk 的检出目录。")
        }
        do {
            let catalog = try SeedCatalog.load(folder: seedsURL)
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
        do {
            _ = try DataFolder.create(at: url, seeds: seedsURL, practice: practice)
        } catch {
            throw fail(error.message)
        }
    }
}
