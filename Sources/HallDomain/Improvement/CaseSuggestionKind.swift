/// Why a group of orders looks like one root cause: many of one category in one area over
/// the period (同类同片区), one customer coming back about one matter (重复诉求), or a batch
/// warning (批量预警).
public enum CaseSuggestionKind: String, Sendable, Equatable, Codable, CaseIterable {
    case sameMatter, `repeat`, batch

    public var chineseName: String {
        switch self {
        case .sameMatter: "同类同片区"
        case .repeat: "重复诉求"
        case .batch: "批量预警"
        }
    }
}
