/// Whether a counter is taking customers.
public enum CounterState: String, Sendable, Equatable, Codable, CaseIterable {
    case open, paused, closed

    public var chineseName: String {
        switch self {
        case .open: "办理中"
        case .paused: "暂停"
        case .closed: "关闭"
        }
    }
}
