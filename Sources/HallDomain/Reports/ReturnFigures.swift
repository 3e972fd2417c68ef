/// The returns (回退) one department asked for in the period, why, and how many the
/// dispatcher confirmed: a department that returns often is where orders bounce (推诿).
public struct ReturnFigures: Sendable, Equatable, Codable {
    public var department: String
    public var requested: Int
    public var confirmed: Int
    /// By reason's Chinese name (地址有误 / 分类有误 / 不属本部门), most first.
    public var reasons: [CountRow]

    public init(department: String, requested: Int, confirmed: Int, reasons: [CountRow]) {
        self.department = department
        self.requested = requested
        self.confirmed = confirmed
        self.reasons = reasons
    }
}
