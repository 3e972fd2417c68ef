/// Customers served ahead of the ordinary queue, under `PriorityRule`.
public enum PriorityClass: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// VIP and large customers' green channel (绿色通道).
    case greenChannel
    /// The elderly, the disabled, pregnant customers.
    case care

    public var chineseName: String {
        switch self {
        case .greenChannel: "绿色通道"
        case .care: "老弱病残孕优先"
        }
    }
}
