import Foundation

/// Which waiting slip a counter calls next: the hall's explicit fairness rule.
///
/// Among the waiting slips of the counter's queues, in this order:
/// (a) an ordinary slip that has waited `ordinaryWaitCapMinutes` or more (oldest first),
///     so priority customers can never hold an ordinary one back indefinitely;
/// (b) a priority slip, green channel before care, oldest first, while the counter has
///     called fewer than `streakLimit` priority slips in a row;
/// (c) an ordinary slip, by the counter's queue order, oldest first within a queue;
/// (d) a priority slip past the streak limit, when no ordinary slip waits.
public enum CallSelection {
    public static func choose(counter: CounterDefinition, status: CounterStatus, day: HallDay, catalog: Catalog,
                              now: Date) -> CallChoice? {
        let waiting = day.waiting(in: counter.queues)
        let ordinary = waiting.filter { $0.priority == nil }.sorted { $0.isIssued(before: $1) }
        let priority = waiting.filter { $0.priority != nil }.sorted(by: PriorityOrder.precedes)
        let rule = catalog.rules.priority

        if let overdue = ordinary.first(where: { waitedMinutes($0, now) >= Double(rule.ordinaryWaitCapMinutes) }) {
            return CallChoice(slip: overdue.number,
                              reason: "普通号已等 \(Int(waitedMinutes(overdue, now))) 分钟（满 \(rule.ordinaryWaitCapMinutes) 分钟），优先于优先号")
        }
        if let first = priority.first, status.priorityStreak < rule.streakLimit {
            return CallChoice(slip: first.number, reason: priorityReason(first.priority))
        }
        for letter in counter.queues {
            guard let first = ordinary.first(where: { $0.queue == letter }) else { continue }
            let reason = priority.isEmpty
                ? "\(letter) 队等候最久"
                : "连续 \(status.priorityStreak) 个优先号后轮到普通号（\(letter) 队等候最久）"
            return CallChoice(slip: first.number, reason: reason)
        }
        if let first = priority.first {
            return CallChoice(slip: first.number, reason: "只有优先号在等候：" + priorityReason(first.priority))
        }
        return nil
    }

    private static func priorityReason(_ priority: PriorityClass?) -> String {
        priority == .greenChannel ? "绿色通道优先" : "老弱病残孕优先"
    }

    private static func waitedMinutes(_ slip: QueueSlip, _ now: Date) -> Double {
        now.timeIntervalSince(slip.issuedAt) / 60
    }
}
