import ArgumentParser
import Foundation
import HallDomain
import HallStore

/// `halldesk simulate`: a hall day played through the real queue rules on generated
/// customers, to see what a guide, pre-filling or another counter would change before
/// trying it on real customers.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "模拟营业厅的一天：看导引员、预填表单、窗口数对等候时间的影响。",
        discussion: """
        客户按情景文件（seeds/scenarios/*.toml）逐小时随机到达，业务构成、资料不齐、一分钟咨询、办理时长、\
        过号、当天回头都按情景里写明的假设抽取；叫号、重呼、过号、优先规则走与真实营业厅相同的业务规则。\
        同一个种子得到同样的一天；--compare 让同一批客户分别经历无导引/有导引 × 不预填/预填四种方案。
        """
    )

    @Option(help: ArgumentHelp("情景名（seeds/scenarios/ 下的文件名，不带 .toml）或情景文件路径。", valueName: "NAME|FILE"))
    var scenario = "peak-busiest"

    @Option(help: "随机种子：同一种子得到同样的客户。")
    var seed: UInt64 = 1

    @Option(help: "开放的窗口数（缺省按情景）。超出 hall.toml 的窗口按综合窗口的叫号次序加开。")
    var counters: Int?

    @Option(help: "门口是否有导引员：on 或 off。")
    var guide: OnOff = .off

    @Option(help: "候办时是否预填表单：on 或 off。")
    var prefill: OnOff = .off

    @Option(help: "是否发优先号（按 hall.toml 的公平规则叫号）：on 或 off。")
    var priority: OnOff = .on

    @Flag(help: "同一批客户并排比较无导引/有导引 × 不预填/预填。")
    var compare = false

    @Flag(help: "以 JSON 输出。")
    var json = false

    @Option(help: ArgumentHelp("业务目录与情景所在的 seeds 目录。缺省为检出目录里的 seeds/。", valueName: "DIR"))
    var seeds: String?

    func run() throws {
        guard let seedsURL = seeds.map({ URL(fileURLWithPath: $0) }) ?? ResourceLocator.home()?.appendingPathComponent("seeds") else {
            throw fail("找不到 seeds 目录。请用 --seeds 指明，或设置 HALLDESK_HOME 为 HallDesk 的检出目录。")
        }
        let catalog: Catalog
        let day: SimulationScenario
        do {
            catalog = try SeedCatalog.load(folder: seedsURL)
            day = try SeedScenario.load(SeedScenario.locate(scenario, seeds: seedsURL), timeZone: catalog.hall.timeZone)
        } catch {
            throw fail(error.description)
        }
        let counterCount = counters ?? day.counters
        let results: [SimulationResult]
        do {
            let arrivals = try ArrivalGenerator.day(day, catalog: catalog, seed: seed)
            if compare {
                results = try HallSimulator.compare(arrivals, scenario: day, counters: counterCount, priority: priority.isOn,
                                                    catalog: catalog)
            } else {
                let policy = SimulationPolicy(guide: guide.isOn, prefill: prefill.isOn, counters: counterCount,
                                              priority: priority.isOn)
                results = [try HallSimulator.run(arrivals, scenario: day, policy: policy, catalog: catalog).result]
            }
        } catch {
            throw fail(error.description)
        }
        if json {
            print(JSONLine.encode(SimulationJSON(scenario: day.name, seed: seed, runs: results.map(SimulationJSON.Run.init))))
            return
        }
        let target = catalog.hall.waitTargetMinutes
        print(SimulationText.header(day, seed: seed, counters: counterCount, priority: priority.isOn))
        print(compare ? SimulationText.comparison(results, targetMinutes: target)
                      : SimulationText.single(results[0], targetMinutes: target))
    }
}
