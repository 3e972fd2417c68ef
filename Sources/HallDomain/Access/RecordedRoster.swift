/// The roster as the log last recorded it (`rosterChanged` events folded in): its file's
/// hash and each member's entry, so a writer can tell whether the file changed and what.
public struct RecordedRoster: Codable, Sendable, Equatable {
    public var sha256: String
    public var members: [String: RosterEntry]

    public init(sha256: String, members: [String: RosterEntry]) {
        self.sha256 = sha256
        self.members = members
    }

    /// The roster after `change` (starting from `previous`, nil before the first one).
    static func after(_ change: RosterChanged, from previous: RecordedRoster?) -> RecordedRoster {
        var members = previous?.members ?? [:]
        for id in change.removed { members[id] = nil }
        for member in change.added + change.changed { members[member.id] = member }
        return RecordedRoster(sha256: change.sha256, members: members)
    }
}
