/// How the coordinator reached the customer for a follow-up (回访方式). Recorded so the
/// monthly analysis and a later reader know whether the customer was heard in person.
public enum FollowUpMethod: String, Sendable, Equatable, Codable, CaseIterable {
    case phone, sms, visit, letter

    public var chineseName: String {
        switch self {
        case .phone: "电话"
        case .sms: "短信"
        case .visit: "上门"
        case .letter: "信函"
        }
    }

}
