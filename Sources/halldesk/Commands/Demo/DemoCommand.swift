import ArgumentParser
import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore
import TermUI

/// `halldesk demo`: what a newcomer runs first. A fresh hall in a temporary folder, a
/// simulated peak day played into its real log at many times real speed by simulated
/// staff (guide, clerks, coordinator), and the console open on the manager's panel beside
/// them, every pane usable meanwhile.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "演示：新建一个临时营业厅，按加速的时间演一个高峰日，控制台停在现场看板。",
        discussion: """
        模拟的导引员、营业员和协调员按情景（seeds/scenarios/）逐一发号、叫号、办结、受理工单，每个动作都经真实的业务规则写进\
        事件日志；控制台读同一份日志，各窗格都可以打开，也可以自己动手（例如在空着的窗口叫号）。F3 暂停/继续，- + 调速度。\
        数据目录缺省建在临时目录里，退出时删除；--keep 保留它。--until 不开控制台，把营业厅演到某一时刻为止（需要 --keep）。
        """
    )

    @Option(help: "速度：真实 1 秒走模拟的多少秒（1 至 3600）。")
    var speed: Double = 60

    @Option(help: "随机种子：同一种子得到同样的客户和工单。")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("情景名（seeds/scenarios/ 下的文件名，不带 .toml）或情景文件路径。", valueName: "NAME|FILE"))
    var scenario = "peak-busiest"

    @Option(help: ArgumentHelp("把演示的数据目录建在这里并保留（目录须不存在或为空）。", valueName: "DIR"))
    var keep: String?

    @Option(help: ArgumentHelp("控制台从今天的这一时刻开始（缺省为开门前 5 分钟）；之前的动作一开始就补上。", valueName: "HH:MM"))
    var from: String?

    @Option(help: ArgumentHelp("不开控制台：尽快演到今天的这一时刻为止，留下停在那一刻的营业厅（需要 --keep）。", valueName: "HH:MM"))
    var until: String?

    @Option(help: ArgumentHelp("主题：themes/ 下的文件名（standard、monochrome、ascii）。", valueName: "NAME"))
    var theme: String?

    func validate() throws {
        guard (1...3600).contains(speed) else {
            throw ValidationError("--speed 应在 1 到 3600 之间（真实 1 秒走模拟的多少秒），现为 \(speed)。")
        }
        if until != nil, keep == nil {
            throw ValidationError("--until 需要 --keep DIR：不保留数据目录，演到那一刻的营业厅随即删除，没有用处。")
        }
        for (option, text) in [("--from", from), ("--until", until)] {
            if let text, ClockTime(text) == nil {
                throw ValidationError("\(option) \(text) 不是时刻：请写成 24 小时制的“10:30”。")
            }
        }
    }

    func run() throws {
        let folder = try makeFolder()
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        let plan = try DemoPlan.make(folder: folder, scenario: scenario, seed: seed)
        if let until {
            let end = plan.instant(ClockTime(until)!)
            let ending = plan.feeder.run { $0 <= end }
            if case .failed(let message) = ending { throw fail("演示中断：\(message)") }
            print(try summary(folder, at: end))
            return
        }
        let chosenTheme: Theme
        do {
            chosenTheme = try ThemeChoice.load(named: theme)
        } catch {
            throw fail(error.description)
        }
        let start = from.map { plan.instant(ClockTime($0)!) } ?? plan.feeder.scenario.opening.addingTimeInterval(-5 * 60)
        let pace = DemoPace(start: start, speed: speed)
        let finished = DispatchSemaphore(value: 0)
        let feeder = plan.feeder
        Thread {
            switch feeder.run(pace: pace.wait(until:)) {
            case .dayOver: pace.end(.dayOver)
            case .failed(let message): pace.end(.failed(message))
            case .stopped: break
            }
            finished.signal()
        }.start()
        let session = plan.session()
        ConsoleLoop.run(session: session, theme: chosenTheme, model: session.model(start: .manager, counter: plan.spareCounter), demo: pace)
        pace.stop()
        finished.wait()
        print(try summary(folder, at: pace.now))
    }

    /// The folder named by --keep (made like `halldesk init`), else a new one under $TMPDIR.
    private func makeFolder() throws -> URL {
        if let keep {
            let url = URL(fileURLWithPath: keep, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
            try InitCommand.create(url, seeds: nil, practice: true)
            return url
        }
        var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("halldesk-demo-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw fail("无法在临时目录 \(FileManager.default.temporaryDirectory.path) 里建立演示目录：\(String(cString: strerror(errno)))。请用 --keep DIR 指定一个目录。")
        }
        let url = URL(fileURLWithPath: String(cString: made))
        do {
            try InitCommand.create(url, seeds: nil, practice: true)
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        return url
    }

    /// What the demo left: the log's figures and where the folder is, or that it is gone.
    private func summary(_ folder: URL, at time: Date) throws -> String {
        let files = try HallFiles.load(DataFolder(url: folder))
        let state = files.replica().state
        let slips = state.today.slips
        let figures = "记录 \(state.lastSeq) 条事件：发号 \(slips.count)，办结 \(slips.count { $0.status == .finished })，"
            + "仍在等候 \(slips.count { $0.status == .waiting })，受理工单 \(state.workOrders.orders.count)。"
        let place = keep == nil ? "演示的数据目录已删除（要保留请加 --keep DIR）。"
            : "数据目录保留在 \(folder.path)，打开控制台：halldesk --data \(folder.path)"
        return "演示到 \(LocalTime(time, in: files.timeZone).minuteText)。\(figures)\n\(place)"
    }
}
