import HallDomain
import TermUI

/// The manager's staffing advice in one line: how many counters the last hour's arrivals
/// need to keep the average wait within the target (Erlang C), or, when more people already
/// wait than that would call in time, how many it takes to reach them within the target;
/// beside how many are open. The colour only repeats what the words say.
struct StaffingLine: Equatable {
    var text: String
    var role: ThemeRole

    init(_ need: StaffingNeed) {
        guard need.hasEnoughArrivals else {
            text = "近一小时只到达 \(need.arrivalsLastHour) 人，太少，暂不估算所需窗口数"
            role = .muted
            return
        }
        let source = need.serviceFromCatalog ? "（今日尚无办结，办理时长暂按业务目录）" : ""
        guard let needed = need.recommended else {
            text = "按当前到达与办理速度，加开多少窗口都难把平均等候压在 \(need.targetMinutes) 分钟内" + source
            role = .overdue
            return
        }
        if needed > need.configuredCounters {
            let all = need.minutesToReachEveryone(counters: need.configuredCounters).map { "约 \(Int($0.rounded(.up))) 分钟才能叫到最后一位" }
                ?? "也赶不上到达的速度"
            text = "已有 \(need.waiting) 人在等，\(need.targetMinutes) 分钟内叫到需开 \(needed) 个窗口；"
                + "全部 \(need.configuredCounters) 个都开，\(all)（现开 \(need.openCounters) 个）" + source
            role = .overdue
            return
        }
        text = need.backlogDecides
            ? "已有 \(need.waiting) 人在等，按当前到达与办理速度，需开 \(needed) 个窗口（现开 \(need.openCounters) 个）"
                + "才能在 \(need.targetMinutes) 分钟内叫到他们" + source
            : "按当前到达与办理速度，需开 \(needed) 个窗口（现开 \(need.openCounters) 个）才能把平均等候压在 "
                + "\(need.targetMinutes) 分钟内" + source
        role = needed > need.openCounters ? .warning : .ok
    }
}
