/// How hard the coordinator chases an order: 催办 is a reminder, 督办 is supervision on record.
public enum PushLevel: String, Sendable, Equatable, Codable, CaseIterable {
    case reminder, supervision

    public var chineseName: String { self == .reminder ? "催办" : "督办" }
}
