/// The deadlines an order runs against, each met by its own event.
public enum WorkOrderDeadline: String, Sendable, Equatable, Codable, CaseIterable {
    /// Met by the first contact with the customer.
    case firstContact
    /// Met by the first contact made on site (fault repair).
    case arrival
    /// Met by the reply the coordinator accepts; a reply sent back does not count.
    case reply
    /// Set when a 不满意 follow-up reopens the order: the kind's reply limit again, counted
    /// from that follow-up; met by the next reply the coordinator accepts.
    case reopenedReply

    public var chineseName: String {
        switch self {
        case .firstContact: "首次联系"
        case .arrival: "到达现场"
        case .reply: "答复"
        case .reopenedReply: "重办答复"
        }
    }
}
