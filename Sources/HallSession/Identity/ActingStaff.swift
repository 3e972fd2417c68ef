import HallDomain

/// Who acts at a console or in a command: the member, and the admin acting as them when it
/// is someone else (`--staff`, see `HallEngine.admin`).
public struct ActingStaff {
    public var member: StaffMember
    public var admin: StaffMember?

    public init(member: StaffMember, admin: StaffMember? = nil) {
        self.member = member
        self.admin = admin
    }
}
