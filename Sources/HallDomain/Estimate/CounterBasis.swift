/// Which counters an estimate assumed would serve the queue.
public enum CounterBasis: String, Sendable, Equatable, Codable {
    /// The counters open now.
    case openCounters
    /// None is open (before opening, at lunch): every configured counter, as if all open.
    case allConfiguredCounters
    /// No counter is configured for the queue; the figure assumes one full counter.
    case noCounterConfigured

    public var chineseNote: String? {
        switch self {
        case .openCounters: nil
        case .allConfiguredCounters: "暂无窗口开放，按全部窗口估算"
        case .noCounterConfigured: "无窗口办理此队列，按一个窗口估算"
        }
    }
}
