import Foundation

/// Which waiting slip a counter calls next: the hall's explicit fairness rule.
///
/// Among the waiting slips of the counter's queues, in this order:
/// (a) an ordinary slip that has waited `ordinaryWaitCapMinutes` or more (oldest first),
///     so priority customers can never hold an ordinary one back indefinitely;
/// (b) a priority slip, green channel before care before appointment (预约, checked in
///     within its window), oldest first, while the counter has called fewer than
///     `streakLimit` priority slips in a row;
/// (c) an ordinary slip, by the counter's queue order, oldest first within a queue;
/// (d) a priority slip past the streak limit, when no ordinary slip waits.
public enum CallSelection {
    public static func choose(counter: CounterDefinition, status: CounterStatus, day: HallDay, catalog: Catalog,
                              now: Date) -> CallChoice? {
        choose(queues: counter.queues, streak: status.priorityStreak, waiting: day.waiting(in: counter.queues),
               rule: catalog.rules.priority, now: now)?.choice
    }

    /// Every waiting slip of the counter's queues in the order this counter would call them
    /// if nobody new arrived: the rule applied again and again, each call counting towards
    /// the priority streak as `SlipCalled` counts it. The first is `choose`'s.
    public static func order(counter: CounterDefinition, status: CounterStatus, day: HallDay, catalog: Catalog,
                             now: Date) -> [CallChoice] {
        var waiting = day.waiting(in: counter.queues)
        var streak = status.priorityStreak
        var order: [CallChoice] = []
        while let (choice, slip) = choose(queues: counter.queues, streak: streak, waiting: waiting,
                                          rule: catalog.rules.priority, now: now) {
            order.append(choice)
            waiting.removeAll { $0.number == slip.number }
            streak = slip.priority == nil ? 0 : streak + 1
        }
        return order
    }

    private static func choose(queues: [String], streak: Int, waiting: [QueueSlip], rule: PriorityRule,
                               now: Date) -> (choice: CallChoice, slip: QueueSlip)? {
        let candidates = DayCandidates(waiting: waiting)
        guard let (slip, ground) = pick(queues: queues, streak: streak, from: candidates, rule: rule, now: now) else { return nil }
        let text = reason(ground, slip: slip, streak: streak, priorityWaiting: !candidates.priorityOrdered.isEmpty,
                          rule: rule, now: now)
        return (CallChoice(slip: slip.number, reason: text), slip)
    }

    /// The rule itself, on any set of candidates.
    static func pick<Candidates: CallCandidates>(queues: [String], streak: Int, from candidates: Candidates,
                                                 rule: PriorityRule, now: Date) -> (Candidates.Candidate, CallGround)? {
        if let oldest = candidates.oldestOrdinary(in: queues),
           ElapsedMinutes.between(candidates.issuedAt(oldest), now) >= Double(rule.ordinaryWaitCapMinutes) {
            return (oldest, .ordinaryWaitedTooLong)
        }
        let first = candidates.firstPriority(in: queues)
        if let first, streak < rule.streakLimit { return (first, .priorityFirst) }
        for letter in queues {
            if let oldest = candidates.oldestOrdinary(queue: letter) { return (oldest, .ordinary(queue: letter)) }
        }
        return first.map { ($0, .onlyPriorityWaiting) }
    }

    private static func reason(_ ground: CallGround, slip: QueueSlip, streak: Int, priorityWaiting: Bool,
                               rule: PriorityRule, now: Date) -> String {
        switch ground {
        case .ordinaryWaitedTooLong:
            "普通号已等 \(Int(ElapsedMinutes.between(slip.issuedAt, now))) 分钟（满 \(rule.ordinaryWaitCapMinutes) 分钟），优先于优先号"
        case .priorityFirst:
            priorityReason(slip.priority)
        case .ordinary(let letter):
            priorityWaiting ? "连续 \(streak) 个优先号后轮到普通号（\(letter) 队等候最久）" : "\(letter) 队等候最久"
        case .onlyPriorityWaiting:
            "只有优先号在等候：" + priorityReason(slip.priority)
        }
    }

    private static func priorityReason(_ priority: PriorityClass?) -> String {
        switch priority {
        case .greenChannel: "绿色通道优先"
        case .appointment: "预约客户按时签到，排在普通号前"
        case .care, nil: "老弱病残孕优先"
        }
    }
}
