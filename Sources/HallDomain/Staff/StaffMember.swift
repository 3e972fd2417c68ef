/// One person on the roster. Every event carries the acting member's `id`.
public struct StaffMember: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    public var roles: [Role]
    public var department: String?
    /// The Unix login that identifies this person at a terminal of their own.
    public var login: String?

    public init(id: String, name: String, roles: [Role], department: String?, login: String?) {
        self.id = id
        self.name = name
        self.roles = roles
        self.department = department
        self.login = login
    }
}
