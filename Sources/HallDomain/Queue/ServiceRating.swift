/// The customer's verdict on one service (满意度评价), in the three grades the hall's
/// keypad offers; the keypad keys are 1, 2 and 3 in this order.
public enum ServiceRating: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case verySatisfied, satisfied, dissatisfied

    public var chineseName: String {
        switch self {
        case .verySatisfied: "非常满意"
        case .satisfied: "满意"
        case .dissatisfied: "不满意"
        }
    }

    /// The key on the customer's keypad (and the clerk's rating dialog).
    public var key: Character {
        switch self {
        case .verySatisfied: "1"
        case .satisfied: "2"
        case .dissatisfied: "3"
        }
    }

    /// Reads a rating as scripts and keypads give it: the key, the English case name or
    /// the Chinese grade.
    public init?(text: String) {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard let found = Self.allCases.first(where: {
            String($0.key) == typed || $0.rawValue.lowercased() == typed.lowercased() || $0.chineseName == typed
        }) else { return nil }
        self = found
    }
}
