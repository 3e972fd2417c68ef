/// Whether an improvement case still needs following (open) or its action was carried out (done).
public enum ImprovementCaseStatus: String, Sendable, Equatable, Codable, CaseIterable {
    case open, done

    public var chineseName: String {
        switch self {
        case .open: "进行中"
        case .done: "已完成"
        }
    }
}
