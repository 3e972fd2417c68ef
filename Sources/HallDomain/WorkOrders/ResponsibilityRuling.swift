/// 定责, decided after the order is closed (先处理、后定责): whether the utility was at fault
/// and, if so, which department and person.
public struct ResponsibilityRuling: Sendable, Equatable, Codable {
    public enum Finding: String, Sendable, Equatable, Codable, CaseIterable {
        case atFault, notAtFault

        public var chineseName: String { self == .atFault ? "有责" : "无责" }
    }

    public var finding: Finding
    public var department: String?
    public var person: String?

    public init(finding: Finding, department: String? = nil, person: String? = nil) {
        self.finding = finding
        self.department = department
        self.person = person
    }
}
