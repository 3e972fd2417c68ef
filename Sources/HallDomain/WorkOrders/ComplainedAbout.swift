/// 被投诉人: the member of staff a service complaint is about, by roster id when they are
/// on it, else by the name the customer gave. They may not handle or answer that order:
/// a complaint is not judged by the one it accuses.
public struct ComplainedAbout: Sendable, Equatable, Codable {
    /// The roster id, when the person is on the roster.
    public var staffID: String?
    public var name: String

    public init(staffID: String?, name: String) {
        self.staffID = staffID
        self.name = name
    }

    /// 「区淑贞（D02）」, or the bare name of someone not on the roster.
    public var text: String { staffID.map { "\(name)（\($0)）" } ?? name }

    /// Whether `member` is this person: by id when it is known, else by name.
    public func isSelf(_ member: StaffMember) -> Bool {
        if let staffID { return member.id == staffID }
        return member.name == name
    }
}
