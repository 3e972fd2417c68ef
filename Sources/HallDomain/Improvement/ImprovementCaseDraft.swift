/// What opening an improvement case asks for; `decide` checks each part and numbers the case.
public struct ImprovementCaseDraft: Sendable, Equatable {
    public var rootCause: String
    public var action: String
    public var ownerDepartment: String
    /// `yyyy-MM-dd`, a local day not before today.
    public var dueDay: String
    public var orders: [String]

    public init(rootCause: String, action: String, ownerDepartment: String, dueDay: String, orders: [String]) {
        self.rootCause = rootCause
        self.action = action
        self.ownerDepartment = ownerDepartment
        self.dueDay = dueDay
        self.orders = orders
    }
}
