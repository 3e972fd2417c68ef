/// Why a customer is sent a message: their turn is near (前面还有N人), their slip was called
/// (已叫号), or called again (再次呼叫). Stored by its raw value in `noticeQueued`.
public enum NoticeKind: String, Sendable, Equatable, Codable, CaseIterable {
    case ahead
    case called
    case recalled

    public var chineseName: String {
        switch self {
        case .ahead: "前面还有N人"
        case .called: "已叫号"
        case .recalled: "再次呼叫"
        }
    }
}
