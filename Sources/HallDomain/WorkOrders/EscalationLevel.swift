/// Who an order has been escalated to, in the order escalation climbs.
public enum EscalationLevel: String, Sendable, Equatable, Comparable, Codable, CaseIterable {
    case departmentHead, stationHead

    public var chineseName: String { self == .departmentHead ? "部门负责人" : "供电所所长" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs == .departmentHead && rhs == .stationHead
    }
}
