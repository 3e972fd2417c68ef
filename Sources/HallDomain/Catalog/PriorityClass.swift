/// Customers served ahead of the ordinary queue, under `PriorityRule`.
public enum PriorityClass: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// VIP and large customers' green channel (绿色通道).
    case greenChannel
    /// The elderly, the disabled, pregnant customers.
    case care
    /// A customer with an appointment (预约) who checked in within its window. Given only by
    /// a check-in, never chosen at the door.
    case appointment

    public var chineseName: String {
        switch self {
        case .greenChannel: "绿色通道"
        case .care: "老弱病残孕优先"
        case .appointment: "预约优先"
        }
    }

    /// The classes the guide chooses from when issuing a slip; appointment priority comes
    /// only with a check-in.
    public static let chosenAtDoor: [PriorityClass] = [.greenChannel, .care]
}
