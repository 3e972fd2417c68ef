/// What the roster says about one member that decides what they may do and from which
/// login: the roles, the department (which orders are theirs) and the Unix login. A name
/// is left out: renaming someone changes no one's rights.
public struct RosterEntry: Codable, Sendable, Equatable {
    public var id: String
    public var roles: [String]
    public var department: String?
    public var login: String?

    public init(id: String, roles: [String], department: String?, login: String?) {
        self.id = id
        self.roles = roles
        self.department = department
        self.login = login
    }

    public init(_ member: StaffMember) {
        self.init(id: member.id, roles: member.roles.map(\.rawValue), department: member.department, login: member.login)
    }
}
