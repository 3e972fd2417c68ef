/// 居民 or 非居民: the checklist of documents differs between them.
public enum CustomerKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case residential
    case nonResidential

    public var chineseName: String {
        switch self {
        case .residential: "居民"
        case .nonResidential: "非居民"
        }
    }
}
