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

    func run() throws {
        try Self.create(dataOptions.folder, seeds: seeds)
        print("已建立数据目录 \(dataOptions.folder.path)。打开控制台：halldesk --data \(dataOptions.folder.path)")
    }

    /// Checks the seeds load before anything is created, so a broken seed file leaves no
    /// half-made folder behind.
    static func create(_ url: URL, seeds: String?) throws {
        guard let seedsURL = seeds.map({ URL(fileURLWithPath: $0) }) ?? ResourceLocator.home()?.appendingPathComponent("seeds") else {
            throw fail("找不到 seeds 目录。请用 --seeds 指明，或设置 HALLDESK_HOME 为 HallDesk 的检出目录。")
        }
        do {
            _ = try SeedCatalog.load(folder: seedsURL)
        } catch {
            throw fail(error.description)
        }
        let parent = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: parent.path) else {
            throw fail("上级目录 \(parent.path) 不存在。请先建立它（mkdir -p），或换一个数据目录。")
        }
        do {
            _ = try DataFolder.create(at: url, seeds: seedsURL)
        } catch {
            throw fail(error.message)
        }
    }
}
