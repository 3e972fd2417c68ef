import Foundation
import HallDomain
import TermUI

/// A simulated day as text within 80 columns, aligned by display width (a Chinese
/// character takes two columns).
enum SimulationText {
    static func policyName(_ policy: SimulationPolicy) -> String {
        (policy.guide ? "有导引" : "无导引") + "·" + (policy.prefill ? "预填" : "不预填")
    }

    static func header(_ scenario: SimulationScenario, origin: SimulationOrigin, counters: Int, priority: Bool) -> String {
        let customers = switch origin {
        case .seed(let seed): "种子 \(seed)"
        case .trace(let file, let arrivals): "回放到达记录 \(file)（\(arrivals) 人次）"
        }
        return "情景：\(scenario.name)\n\(customers)，窗口 \(counters) 个，优先规则\(priority ? "开" : "关")"
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
                + "利用率 \(percent(result.utilisation))",
            "最后办结于开门后 \(minutes(result.lastServiceEnd))",
        ].joined(separator: "\n") + appointments(result)
    }

    /// 「预约签到 31 人（占办业务客户 20%）：等候平均 4 分钟，P90 9 分钟」, under the day's
    /// waits, so the effect of appointment priority shows beside everyone's.
    static func appointments(_ result: SimulationResult) -> String {
        guard let waits = result.appointmentWaits else { return "" }
        return "\n预约签到 \(waits.count) 人（预约比例 \(percent(result.policy.appointmentShare))，预约优先）：等候平均 \(minutes(waits.average))，"
            + "P90 \(minutes(waits.p90))，最长 \(minutes(waits.maximum))"
    }

    static func comparison(_ results: [SimulationResult], targetMinutes: Int) -> String {
        let header = ["方案", "平均等候", "P90", "最长", "\(targetMinutes)分内", "门口答复", "门口退回", "白费分钟", "利用率"]
        let rows = results.map { result in
            [policyName(result.policy), number(result.waits.average), number(result.waits.p90), number(result.waits.maximum),
             percent(result.waits.shareWithinTarget), String(result.doorAnswers), String(result.turnedAwayAtDoor),
             number(result.wastedCounterMinutes), percent(result.utilisation)]
        }
        return table(header, rows) + "\n（等候、白费的单位为分钟；白费指窗口花在资料不齐客户上的时间）"
    }

    /// Each opening hour: the slips issued, their mean service, the counters Erlang C says
    /// keep the mean wait within the target, and the mean wait the simulated day gave them.
    static func hours(_ hours: [HourStaffing], opening: Date, zone: TimeZone, targetMinutes: Int) -> String {
        let header = ["时段", "取号", "平均办理", "Erlang C 需开", "模拟平均等候"]
        let rows = hours.map { hour in
            let start = opening.addingTimeInterval(Double(hour.hour) * 3600)
            return [LocalTime(start, in: zone).clockText + "–" + LocalTime(start.addingTimeInterval(3600), in: zone).clockText,
                    String(hour.arrivals), hour.meanServiceMinutes.map(minutes) ?? "—",
                    hour.countersNeeded.map { "\($0) 个" } ?? "—", hour.averageWaitMinutes.map(minutes) ?? "—"]
        }
        return "\n每小时：平均等候要在 \(targetMinutes) 分钟内，Erlang C 算出需开几个窗口\n" + table(header, rows)
            + "\n（取号、办理、等候按该小时发出的号计。Erlang C 设各窗口共用一队、到达平稳，\n"
            + "模拟按分队叫号并带着上一小时的积压，两者应大小相当，不会分毫不差）"
    }

    /// Where the day was written and the commands that read it.
    static func logWritten(_ written: SimulationLog) -> String {
        let path = written.folder.path
        let added = written.addedCounters.isEmpty ? ""
            : "；seeds/hall.toml 追加了 " + written.addedCounters.map { "\($0.number)" }.joined(separator: "、") + " 号窗口"
        return """

        已把模拟的一天写入数据目录 \(path)（\(written.head.seq) 条记录\(added)）。
        控制台按本机时钟显示当天，看不到 \(written.day)；请用：
          halldesk log verify --data \(path)
          HALLDESK_NOW="\(written.lookAt)" halldesk queue status --data \(path)
          halldesk report month \(written.day.description.prefix(7)) --day \(written.day) --data \(path)
          halldesk predict evaluate --log \(path)
        """
    }

    /// Columns padded to their widest cell, the first to the left and the rest to the right.
    private static func table(_ header: [String], _ rows: [[String]]) -> String {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].displayWidth }.max() ?? 0 }
        let line = { (cells: [String]) in
            cells.indices.map { column in
                TextFit.pad(cells[column], width: widths[column], alignment: column == 0 ? .leading : .trailing)
            }.joined(separator: " ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }

    static func minutes(_ value: Double) -> String { number(value) + " 分钟" }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}
