/// Which counters an estimate assumed would serve the queue.
public enum CounterBasis: String, Sendable, Equatable, Codable, CaseIterable {
    /// The counters open now.
    case openCounters
    /// None is open (before opening, at lunch): every configured counter, as if all open.
    case allConfiguredCounters
    /// No counter is configured for the queue; the figure assumes one full counter.
    case noCounterConfigured
    /// Counters are open, but none of them serves the queue: nobody will be called until
    /// the manager opens one, so no figure is promised (the slip says so instead).
    case noOpenCounterServes

    /// Which counters an estimate for `queue` can count on now: the one rule every
    /// estimator and the manager's alerts follow.
    public static func of(queue: String, catalog: Catalog, day: HallDay) -> CounterBasis {
        let serving = catalog.counters.filter { $0.queues.contains(queue) }
        if serving.isEmpty { return .noCounterConfigured }
        if serving.contains(where: { day.counter($0.number).state == .open }) { return .openCounters }
        if catalog.counters.contains(where: { day.counter($0.number).state == .open }) { return .noOpenCounterServes }
        return .allConfiguredCounters
    }

    public var chineseNote: String? {
        switch self {
        case .openCounters: nil
        case .allConfiguredCounters: "暂无窗口开放，按全部窗口估算"
        case .noCounterConfigured: "无窗口办理此队列，按一个窗口估算"
        case .noOpenCounterServes: "开放的窗口都不办理此队，暂不估算"
        }
    }
}
