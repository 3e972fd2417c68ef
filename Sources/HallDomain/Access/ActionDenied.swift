/// The permission matrix refused someone an action. Logged so that a manager can see who
/// tried what outside their role; it names the action and the reason, never a customer.
public struct ActionDenied: EventBody {
    public static let type = "actionDenied"
    public static let version = 1

    /// `Action.rawValue`, kept as text so a newer action still reads in an older HallDesk.
    public var action: String
    /// The actor's roles at the time (`Role.rawValue`), since the roster may change later.
    public var roles: [String]
    /// The refusal as the actor saw it.
    public var reason: String

    public init(action: String, roles: [String], reason: String) {
        self.action = action
        self.roles = roles
        self.reason = reason
    }
}
