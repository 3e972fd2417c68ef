import HallDomain
import TermUI

/// Something on the floor the manager should act on now, said in words (the colour only
/// repeats it).
struct ManagerAlert: Sendable, Equatable {
    var text: String
    var role: ThemeRole

    /// A queue this long needs another counter even if nobody has waited too long yet.
    static let longQueue = 10

    static func all(queues: [QueueSummary], counters: [CounterSummary], catalog: Catalog) -> [ManagerAlert] {
        let target = catalog.hall.waitTargetMinutes
        var alerts: [ManagerAlert] = []
        for queue in queues {
            let unserved = queue.waiting > 0 && queue.expectedWait.basis == .noOpenCounterServes
            if let longest = queue.longestWaitMinutes, longest > Double(target) {
                alerts.append(ManagerAlert(text: "超时：\(queue.letter) 队最长已等 \(Minutes.whole(longest)) 分钟，超过目标 \(target) 分钟"
                                           + (unserved ? "（开放的窗口都不办理 \(queue.letter) 队）" : ""), role: .overdue))
            }
            if unserved {
                let could = catalog.counters.filter { $0.queues.contains(queue.letter) }.map { "\($0.number) 号" }
                alerts.append(ManagerAlert(text: "无窗口：\(queue.letter) 队 \(queue.waiting) 人等候，开放的窗口都不办理此队；可开 \(could.joined(separator: "、"))窗口",
                                           role: .overdue))
            }
            if queue.waiting > longQueue {
                alerts.append(ManagerAlert(text: "排长队：\(queue.letter) 队有 \(queue.waiting) 人等候（超过 \(longQueue) 人）", role: .warning))
            }
        }
        let waiting = Dictionary(queues.map { ($0.letter, $0.waiting) }, uniquingKeysWith: +)
        for counter in counters where counter.state == .open && counter.slipInHand == nil {
            let queues = catalog.counter(number: counter.number)?.queues ?? []
            if queues.contains(where: { (waiting[$0] ?? 0) > 0 }) {
                alerts.append(ManagerAlert(text: "空闲：\(counter.name)空闲，但其队列有人等候", role: .warning))
            }
        }
        return alerts
    }
}
