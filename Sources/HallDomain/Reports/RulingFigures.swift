/// Responsibility rulings (定责) made in the period for one department: the department
/// the ruling named, else the order's lead department.
public struct RulingFigures: Sendable, Equatable, Codable {
    public var department: String
    public var atFault: Int
    public var notAtFault: Int

    public init(department: String, atFault: Int, notAtFault: Int) {
        self.department = department
        self.atFault = atFault
        self.notAtFault = notAtFault
    }
}
