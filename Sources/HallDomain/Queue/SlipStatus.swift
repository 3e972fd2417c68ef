/// Where a queue slip is in its day. A transferred slip keeps its one record (and its
/// number) and simply names its new queue, so there is no separate "transferred" state.
public enum SlipStatus: String, Sendable, Equatable, Codable, CaseIterable {
    case waiting, called, serving, finished, noShow

    /// Called or being served: the slip is in a counter's hand.
    public var isInHand: Bool { self == .called || self == .serving }

    public var chineseName: String {
        switch self {
        case .waiting: "等候中"
        case .called: "已叫号"
        case .serving: "办理中"
        case .finished: "已办结"
        case .noShow: "过号"
        }
    }
}
