/// The customer's answer on the follow-up call (回访). Dissatisfied reopens the order.
public enum Satisfaction: String, Sendable, Equatable, Codable, CaseIterable {
    case satisfied, basicallySatisfied, dissatisfied

    public var chineseName: String {
        switch self {
        case .satisfied: "满意"
        case .basicallySatisfied: "基本满意"
        case .dissatisfied: "不满意"
        }
    }
}
