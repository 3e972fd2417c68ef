/// Why an order went up: a major matter at receipt, the third push, a push when overdue,
/// or time alone: a deadline clock reaching its warning point, or running out.
public enum EscalationReason: String, Sendable, Equatable, Codable, CaseIterable {
    case major, repeatedPush, overduePush, warningPoint, deadlinePassed

    public var chineseName: String {
        switch self {
        case .major: "重大诉求"
        case .repeatedPush: "多次催办"
        case .overduePush: "超期催办"
        case .warningPoint: "临期预警"
        case .deadlinePassed: "超过时限"
        }
    }
}
