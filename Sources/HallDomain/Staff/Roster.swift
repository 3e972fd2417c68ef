/// The hall's staff, looked up by staff id or by Unix login.
public struct Roster: Sendable, Equatable, Codable {
    public var members: [StaffMember]

    public init(members: [StaffMember]) {
        self.members = members
    }

    public func member(id: String) -> StaffMember? {
        members.first { $0.id == id }
    }

    public func member(login: String) -> StaffMember? {
        members.first { $0.login == login }
    }
}
