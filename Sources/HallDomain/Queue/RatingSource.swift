/// Who entered a rating: the customer at the counter's keypad, or the clerk asking aloud.
public enum RatingSource: String, Sendable, Equatable, Codable, CaseIterable {
    case keypad, clerk

    public var chineseName: String {
        switch self {
        case .keypad: "客户评价器"
        case .clerk: "营业员代录"
        }
    }
}
