/// Why an order went up: a major matter at receipt, the third push, or a push when overdue.
public enum EscalationReason: String, Sendable, Equatable, Codable, CaseIterable {
    case major, repeatedPush, overduePush

    public var chineseName: String {
        switch self {
        case .major: "重大诉求"
        case .repeatedPush: "多次催办"
        case .overduePush: "超期催办"
        }
    }
}
