import ArgumentParser
import Foundation
import HallDomain
import HallStore

/// `halldesk simulate`: a hall day played through the real queue rules on generated or
/// recorded customers, to see what a guide, pre-filling or another counter would change
/// before trying it on real customers; the day can be written out as a data folder.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "模拟营业厅的一天：看导引员、预填表单、窗口数对等候时间的影响。",
        discussion: """
        客户按情景文件（seeds/scenarios/*.toml）逐小时随机到达，业务构成、资料不齐、一分钟咨询、办理时长、\
        过号、当天回头都按情景里写明的假设抽取；叫号、重呼、过号、优先规则走与真实营业厅相同的业务规则。\
        同一个种子得到同样的一天；--compare 让同一批客户分别经历无导引/有导引 × 不预填/预填四种方案。\
        --trace 改为回放记录下来的到达（列见 docs/simulate-trace.md）；--log 把模拟的一天写成数据目录，\
        控制台、报表和 predict evaluate 都能读。每小时另列 Erlang C 算出的所需窗口数，与模拟的平均等候对照。
        """
    )

    @Option(help: ArgumentHelp("情景名（seeds/scenarios/ 下的文件名，不带 .toml）或情景文件路径。", valueName: "NAME|FILE"))
    var scenario = "peak-busiest"

    @Option(help: "随机种子：同一种子得到同样的客户。")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("回放这份到达记录（CSV），不随机生成客户；日期与开门时间仍取自情景。", valueName: "FILE.csv"))
    var trace: String?

    @Option(help: "开放的窗口数（缺省按情景）。超出 hall.toml 的窗口按综合窗口的叫号次序加开。")
    var counters: Int?

    @Option(help: "门口是否有导引员：on 或 off。")
    var guide: OnOff = .off

    @Option(help: "候办时是否预填表单：on 或 off。")
    var prefill: OnOff = .off

    @Option(help: "是否发优先号（按 hall.toml 的公平规则叫号）：on 或 off。")
    var priority: OnOff = .on

    @Option(help: ArgumentHelp("预约客户约占办业务客户的比例（0–1，缺省 0）：他们按到达时刻预约、签到，拿预约优先的号，公平规则照常。",
                               valueName: "SHARE"))
    var appointments: Double = 0

    @Flag(help: "同一批客户并排比较无导引/有导引 × 不预填/预填。")
    var compare = false

    @Option(help: ArgumentHelp("把模拟的一天写成这个数据目录的事件日志（目录不存在则按 seeds 新建；已存在则须是日志为空的练习用数据目录，见 init --practice）。",
                               valueName: "DIR"))
    var log: String?

    @Flag(help: "以 JSON 输出。")
    var json = false

    @Option(help: ArgumentHelp("业务目录与情景所在的 seeds 目录。缺省为检出目录里的 seeds/。", valueName: "DIR"))
    var seeds: String?

    /// The counters a simulated day may open: a hall's are numbered in tens, and each counter
    /// more makes every simulated minute longer, so 5,000 would run for hours to no purpose.
    static let counterRange = 1...50

    func validate() throws {
        if let counters, !Self.counterRange.contains(counters) {
            throw ValidationError("--counters 应在 \(Self.counterRange.lowerBound) 到 \(Self.counterRange.upperBound) 之间（开放的窗口数），现为 \(counters)。")
        }
        if !(0...1).contains(appointments) {
            throw ValidationError("--appointments 是比例，应在 0 到 1 之间（如 0.2 表示约两成客户预约），现为 \(appointments)。")
        }
        if log != nil, compare {
            throw ValidationError("--log 与 --compare 不能同时使用：比较要跑四种方案，写进日志的只能是一天。请去掉 --compare，用 --guide、--prefill 选定一种方案。")
        }
    }

    func run() throws {
        guard let seedsURL = seeds.map({ URL(fileURLWithPath: $0) }) ?? ResourceLocator.home()?.appendingPathComponent("seeds") else {
            throw fail("找不到 seeds 目录。请用 --seeds 指明，或设置 HALLDESK_HOME 为 HallDesk 的检出目录。")
        }
        let logURL = log.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
        let target: DataFolder?
        let catalog: Catalog
        var day: SimulationScenario
        do {
            target = try logURL.flatMap(DayLogWriter.existingFolder)
        } catch {
            throw fail(error.message)
        }
        // A simulated day is written as many people at chosen times: only into a folder
        // made for practice, never into a live hall's (even a new one's empty log).
        if let target, !target.isPractice {
            throw fail("\(target.url.path) 不是练习用的数据目录，模拟的一天不能写进正式营业厅。请用 halldesk init --practice 建立练习目录，或让 --log 指向一个新目录。")
        }
        do {
            // A data folder that exists keeps its own hall: the day is played on its counters and business types.
            catalog = try SeedCatalog.load(folder: target?.seedsURL ?? seedsURL)
            day = try SeedScenario.load(SeedScenario.locate(scenario, seeds: seedsURL), timeZone: catalog.hall.timeZone)
        } catch {
            throw fail(error.description)
        }
        let counterCount = counters ?? day.counters
        let arrivals: [SimulatedArrival]
        if let trace {
            arrivals = try AsCaller.run { try TraceFile.read(trace, scenario: day, catalog: catalog) }
            day = day.replaying(arrivals)
        } else {
            do {
                arrivals = try ArrivalGenerator.day(day, catalog: catalog, seed: seed)
            } catch {
                throw fail(error.description)
            }
        }
        let results: [SimulationResult]
        var single: HallSimulator.Run?
        do {
            if compare {
                results = try HallSimulator.compare(arrivals, scenario: day, counters: counterCount, priority: priority.isOn,
                                                    appointmentShare: appointments, catalog: catalog)
            } else {
                let policy = SimulationPolicy(guide: guide.isOn, prefill: prefill.isOn, counters: counterCount,
                                              priority: priority.isOn, appointmentShare: appointments)
                let run = try HallSimulator.run(arrivals, scenario: day, policy: policy, catalog: catalog)
                single = run
                results = [run.result]
            }
        } catch {
            throw fail(error.description)
        }
        var written: SimulationLog?
        if let logURL, let single {
            written = try SimulationLog.write(single, scenario: day, catalog: catalog, into: logURL, existing: target, seeds: seeds)
        }
        let origin = trace.map { SimulationOrigin.trace(file: $0, arrivals: arrivals.count) } ?? .seed(seed)
        if json {
            print(JSONLine.encode(SimulationJSON(scenario: day.name, origin: origin, runs: results.map(SimulationJSON.Run.init),
                                                 log: written.map(SimulationJSON.Log.init))))
            return
        }
        let waitTarget = catalog.hall.waitTargetMinutes
        print(SimulationText.header(day, origin: origin, counters: counterCount, priority: priority.isOn))
        if compare {
            print(SimulationText.comparison(results, targetMinutes: waitTarget))
        } else {
            print(SimulationText.single(results[0], targetMinutes: waitTarget))
            print(SimulationText.hours(results[0].hours, opening: day.opening, zone: catalog.hall.zone, targetMinutes: waitTarget))
        }
        if let written { print(SimulationText.logWritten(written)) }
    }
}
