/// Why two orders are tied together: many similar orders from one area (批量), the same
/// customer back about the same matter (重复), or simply about one thing (关联).
public enum LinkReason: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case batch, `repeat`, related

    public var chineseName: String {
        switch self {
        case .batch: "批量"
        case .repeat: "重复"
        case .related: "关联"
        }
    }
}
