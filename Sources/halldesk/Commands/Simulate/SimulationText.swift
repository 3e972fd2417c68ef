import Foundation
import HallDomain
import TermUI

/// A simulated day as text within 80 columns, aligned by display width (a Chinese
/// character takes two columns).
enum SimulationText {
    static func policyName(_ policy: SimulationPolicy) -> String {
        (policy.guide ? "有导引" : "无导引") + "·" + (policy.prefill ? "预填" : "不预填")
    }

    static func header(_ scenario: SimulationScenario, seed: UInt64, counters: Int, priority: Bool) -> String {
        "情景：\(scenario.name)\n种子 \(seed)，窗口 \(counters) 个，优先规则\(priority ? "开" : "关")"
    }

    static func single(_ result: SimulationResult, targetMinutes: Int) -> String {
        let waits = result.waits
        return [
            "方案：\(policyName(result.policy))",
            "到达 \(result.visits) 人次（其中当天取齐资料回来 \(result.sameDayReturns)），门口答复 \(result.doorAnswers)，"
                + "门口退回 \(result.turnedAwayAtDoor)",
            "取号 \(result.slips)，办结 \(result.served)，窗口才发现资料不齐 \(result.incompleteAtCounter)，过号 \(result.noShows)",
            "等候：平均 \(minutes(waits.average))，P90 \(minutes(waits.p90))，最长 \(minutes(waits.maximum))，"
                + "\(targetMinutes) 分钟内 \(percent(waits.shareWithinTarget))",
            "窗口：白费 \(minutes(result.wastedCounterMinutes))，导引员省下 \(minutes(result.savedCounterMinutes))，"
                + "利用率 \(percent(result.utilisation))，最后办结于开门后 \(minutes(result.lastServiceEnd))",
        ].joined(separator: "\n")
    }

    static func comparison(_ results: [SimulationResult], targetMinutes: Int) -> String {
        let header = ["方案", "平均等候", "P90", "最长", "\(targetMinutes)分内", "门口答复", "门口退回", "白费分钟", "利用率"]
        let rows = results.map { result in
            [policyName(result.policy), number(result.waits.average), number(result.waits.p90), number(result.waits.maximum),
             percent(result.waits.shareWithinTarget), String(result.doorAnswers), String(result.turnedAwayAtDoor),
             number(result.wastedCounterMinutes), percent(result.utilisation)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].displayWidth }.max() ?? 0 }
        let line = { (cells: [String]) in
            cells.indices.map { column in
                TextFit.pad(cells[column], width: widths[column], alignment: column == 0 ? .leading : .trailing)
            }.joined(separator: " ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n（等候、白费的单位为分钟；白费指窗口花在资料不齐客户上的时间）"
    }

    static func minutes(_ value: Double) -> String { number(value) + " 分钟" }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}
